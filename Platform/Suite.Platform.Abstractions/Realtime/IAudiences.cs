namespace Suite.Platform.Realtime;

/// <summary>
/// Resolves a <c>channel_id</c> broadcast to the channel's members. Implemented by the module that
/// owns channels; without one, channel broadcasts must carry <see cref="Broadcast.UserIds"/>.
/// </summary>
public interface IChannelAudience
{
    /// <summary>The ids of the channel's current members; empty for an unknown channel.</summary>
    ValueTask<IReadOnlyCollection<string>> GetMemberIdsAsync(string channelId, CancellationToken cancellationToken);
}

/// <summary>
/// Resolves a <c>team_id</c> broadcast to the team's members. Implemented by the teams feature;
/// without one, team broadcasts must carry <see cref="Broadcast.UserIds"/>.
/// </summary>
public interface ITeamAudience
{
    /// <summary>The ids of the team's current members; empty for an unknown team.</summary>
    ValueTask<IReadOnlyCollection<string>> GetMemberIdsAsync(string teamId, CancellationToken cancellationToken);
}
