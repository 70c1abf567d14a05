using FluentValidation;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Runs.Participants;

/// <summary>
/// <c>POST</c> and <c>DELETE /runs/{id}/participants</c> <c>{user_ids}</c>, Suite's REST form of Mattermost's
/// <c>addRunParticipants</c> and <c>removeRunParticipants</c> mutations. Whoever may see a run may join or
/// leave it themselves; adding or removing others takes a participant (or admin) of an ongoing run. Added
/// users must be in the run's team and join its channel; the owner cannot be removed.
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
    RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ITeamMembership teams, ICurrentUser user, ISender sender, TimeProvider time)
    : IRequestHandler<ChangeParticipantsRequest, Unit>
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

            foreach (var userId in userIds)
            {
                await sender.Send(new AddChannelMember { ChannelId = before.ChannelId, UserId = userId, ActorId = user.UserId }, cancellationToken);
            }
        }

        var mentions = await usernames.MentionsAsync([user.UserId, .. userIds], cancellationToken);
        var actor = mentions.GetValueOrDefault(user.UserId, Usernames.Unknown);
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                var changed = userIds.Where(u => current.ParticipantIds.Contains(u) != request.Add).ToList();
                if (changed.Count == 0)
                {
                    return [];
                }

                var at = time.GetUtcNow().ToUnixTimeMilliseconds();
                var names = string.Join(", ", changed.Select(u => mentions.GetValueOrDefault(u, Usernames.Unknown)));
                var summary = onlySelf ? $"{actor} {(request.Add ? "joined" : "left")} the run" : $"{actor} {(request.Add ? "added" : "removed")} {names} {(request.Add ? "to" : "from")} the run";
                return request.Add
                    ? [new ParticipantsAdded(changed) { At = at, ActorId = user.UserId, Summary = summary }]
                    : [new ParticipantsRemoved(changed) { At = at, ActorId = user.UserId, Summary = summary }];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
