using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Runs.Followers;

namespace Suite.Playbooks.Runs.Participants;

/// <summary>
/// <c>POST</c> and <c>DELETE /runs/{id}/participants</c> <c>{user_ids}</c>, Suite's REST form of Mattermost's
/// <c>addRunParticipants</c> and <c>removeRunParticipants</c> mutations. Whoever may see a run may join or
/// leave it themselves; adding or removing others takes a participant (or admin) of an ongoing run. Added
/// users must be in the run's team; they follow the run and join its channel, removed ones leave the channel,
/// as Mattermost's <c>AddParticipants</c> and <c>RemoveParticipants</c> do when the run's
/// <c>create_channel_member_on_new_participant</c> and <c>remove_channel_member_on_removed_participant</c> are
/// on and the requester may manage the channel's members. The owner cannot be removed.
/// </summary>
internal sealed record ChangeParticipantsRequest(string RunId, IReadOnlyList<string> UserIds, bool Add) : IRequest;

internal sealed class ChangeParticipantsValidator : AbstractValidator<ChangeParticipantsRequest>
{
    public ChangeParticipantsValidator()
    {
        RuleFor(r => r.UserIds).NotEmpty().WithMessage("must name at least one user.").OverridePropertyName("user_ids");
        RuleFor(r => r.UserIds.Count).LessThanOrEqualTo(200).OverridePropertyName("user_ids");
        RuleForEach(r => r.UserIds).Must(Ids.IsValid).WithMessage("must be valid ids.").OverridePropertyName("user_ids");
    }
}

internal sealed class ChangeParticipantsHandler(
    RunAccess access,
    RunStore runs,
    RunBroadcaster broadcaster,
    Usernames usernames,
    ITeamMembership teams,
    ICurrentUser user,
    ISender sender,
    TimeProvider time,
    ChannelActions.Categorize.ChannelCategorizer categorizer,
    ILogger<ChangeParticipantsHandler> logger) : IRequestHandler<ChangeParticipantsRequest, Unit>
{
    public async Task<Unit> Handle(ChangeParticipantsRequest request, CancellationToken cancellationToken)
    {
        var userIds = request.UserIds.Distinct(StringComparer.Ordinal).ToList();
        var onlySelf = userIds is [var only] && only == user.UserId;
        var before = onlySelf ? await access.ReadableAsync(request.RunId, cancellationToken) : await access.WorkableAsync(request.RunId, cancellationToken);
        if (!onlySelf && before.CurrentStatus != RunStatuses.InProgress)
        {
            throw new AppErrorException(400, "app.playbook_run.finished", "The run is finished: its participants no longer change.");
        }

        if (!request.Add && userIds.Contains(before.OwnerUserId))
        {
            throw AppErrorException.InvalidBody("user_ids", "The run's owner cannot be removed; hand the run over first.");
        }

        if (request.Add)
        {
            foreach (var userId in userIds)
            {
                if (await teams.GetRoleAsync(before.TeamId, userId, cancellationToken) is null)
                {
                    throw AppErrorException.InvalidBody("user_ids", "Every participant must be a member of the run's team.");
                }
            }
        }

        var mentions = await usernames.MentionsAsync([user.UserId, .. userIds], cancellationToken);
        var actor = mentions.GetValueOrDefault(user.UserId, Usernames.Unknown);
        var changed = new List<string>();
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                changed = userIds.Where(u => current.ParticipantIds.Contains(u) != request.Add).ToList();
                return changed.Count == 0 ? [] : Events(current, changed, request.Add, onlySelf, actor, mentions);
            },
            cancellationToken);

        if (changed.Count > 0 && await MayManageChannelMembersAsync(run, cancellationToken))
        {
            foreach (var userId in changed)
            {
                await MoveAsync(run, userId, request.Add, cancellationToken);
            }
        }

        await broadcaster.UpdatedAsync(run, cancellationToken, changed);
        return Unit.Value;
    }

    private List<RunEvent> Events(PlaybookRun current, List<string> changed, bool add, bool onlySelf, string actor, IReadOnlyDictionary<string, string> mentions)
    {
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        var names = changed.Select(u => mentions.GetValueOrDefault(u, Usernames.Unknown)).ToList();
        var summary = onlySelf ? $"{actor} {(add ? "joined" : "left")} the run" : $"{actor} {(add ? "added" : "removed")} {string.Join(", ", names)} {(add ? "to" : "from")} the run";
        var details = JsonSerializer.Serialize(new ParticipantsDetails(add ? "joined" : "left", actor.TrimStart('@'), names.Select(n => n.TrimStart('@')).ToList()), ApiJson.Options);
        if (!add)
        {
            return [new ParticipantsRemoved(changed) { At = at, ActorId = user.UserId, Summary = summary, Details = details }];
        }

        // As Mattermost: taking part implies following.
        List<RunEvent> events = [new ParticipantsAdded(changed) { At = at, ActorId = user.UserId, Summary = summary, Details = details }];
        events.AddRange(changed.Where(u => !current.FollowerIds.Contains(u)).Select(u => new RunFollowed(u) { At = at, ActorId = user.UserId }));
        return events;
    }

    private async Task<bool> MayManageChannelMembersAsync(PlaybookRun run, CancellationToken cancellationToken) =>
        user.IsSystemAdmin || await sender.Send(new IsChannelMember(run.ChannelId, user.UserId), cancellationToken);

    private async Task MoveAsync(PlaybookRun run, string userId, bool add, CancellationToken cancellationToken)
    {
        try
        {
            if (add && run.CreateChannelMemberOnNewParticipant)
            {
                await sender.Send(new AddChannelMember { ChannelId = run.ChannelId, UserId = userId, ActorId = user.UserId }, cancellationToken);
                await categorizer.JoinedAsync(run.ChannelId, [userId], cancellationToken);
            }
            else if (!add && run.RemoveChannelMemberOnRemovedParticipant)
            {
                await sender.Send(new RemoveChannelMember { ChannelId = run.ChannelId, UserId = userId, ActorId = user.UserId }, cancellationToken);
            }
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("Run {Run}: user {User} was not {Moved} its channel: {Reason}", run.Id, userId, add ? "added to" : "removed from", ex.Message);
        }
    }

    /// <summary>Mattermost's participants timeline details.</summary>
    private sealed record ParticipantsDetails(string Action, string Requester, IReadOnlyList<string> Users);
}
