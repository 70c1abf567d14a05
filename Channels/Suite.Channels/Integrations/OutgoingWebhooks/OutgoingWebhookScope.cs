using Suite.Channels.Channels;
using Suite.Platform.Errors;

namespace Suite.Channels.Integrations.OutgoingWebhooks;

/// <summary>
/// Where an outgoing webhook may listen, as Mattermost allows: a whole team (team admins) or one
/// public channel of it (that channel's admins too).
/// </summary>
internal static class OutgoingWebhookScope
{
    public static async Task EnsureManageableAsync(this IntegrationAccess access, string teamId, string channelId, CancellationToken cancellationToken)
    {
        if (channelId.Length == 0)
        {
            await access.EnsureTeamAdminAsync(teamId, cancellationToken);
            return;
        }

        var channel = await access.ManageableChannelAsync(channelId, cancellationToken);
        if (channel.TeamId != teamId)
        {
            throw AppErrorException.InvalidBody("channel_id", "The channel must belong to the hook's team.");
        }

        if (channel.Type != ChannelTypes.Open)
        {
            throw new AppErrorException(403, "api.webhook.create_outgoing.not_open.app_error", "Outgoing webhooks can only be created for public channels.");
        }
    }
}
