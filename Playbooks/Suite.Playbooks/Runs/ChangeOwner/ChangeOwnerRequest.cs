using FluentValidation;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Bot;

namespace Suite.Playbooks.Runs.ChangeOwner;

/// <summary>
/// <c>POST /runs/{id}/owner</c> <c>{owner_id}</c>: the new owner joins the run and its channel, takes over the items
/// assigned to the owner's role and, unless they made the change, hears of it from the Playbooks bot, as Mattermost's
/// <c>ChangeOwner</c>.
/// </summary>
internal sealed record ChangeOwnerRequest(string RunId, string OwnerId) : IRequest;

internal sealed class ChangeOwnerValidator : AbstractValidator<ChangeOwnerRequest>
{
    public ChangeOwnerValidator() => RuleFor(r => r.OwnerId).Must(Ids.IsValid).WithMessage("must be a valid id.").OverridePropertyName("owner_id");
}

internal sealed class ChangeOwnerHandler(
    RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ITeamMembership teams, ICurrentUser user, ISender sender, PlaybooksBot bot,
    ChannelActions.Categorize.ChannelCategorizer categorizer, TimeProvider time, ILogger<ChangeOwnerHandler> logger)
    : IRequestHandler<ChangeOwnerRequest, Unit>
{
    public async Task<Unit> Handle(ChangeOwnerRequest request, CancellationToken cancellationToken)
    {
        var before = await access.OwnedAsync(request.RunId, handover: true, cancellationToken);
        if (await teams.GetRoleAsync(before.TeamId, request.OwnerId, cancellationToken) is null)
        {
            throw AppErrorException.InvalidBody("owner_id", "The owner must be a member of the run's team.");
        }

        await sender.Send(new AddChannelMember { ChannelId = before.ChannelId, UserId = request.OwnerId, ActorId = user.UserId }, cancellationToken);
        await categorizer.JoinedAsync(before.ChannelId, [request.OwnerId], cancellationToken);
        var mentions = await usernames.MentionsAsync([user.UserId, before.OwnerUserId, request.OwnerId], cancellationToken);
        string Mention(string userId) => mentions.GetValueOrDefault(userId, Usernames.Unknown);
        var changed = false;
        var run = await runs.ChangeAsync(
            request.RunId,
            current =>
            {
                changed = current.OwnerUserId != request.OwnerId;
                return changed ? [OwnerChange(current, request.OwnerId, Mention(current.OwnerUserId), Mention(request.OwnerId))] : [];
            },
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        if (changed && request.OwnerId != user.UserId)
        {
            var message = $"{Mention(user.UserId)} changed the owner for run: {RunPosts.Link(run)} from **{Mention(before.OwnerUserId)}** to **{Mention(request.OwnerId)}**";
            try
            {
                await bot.DirectMessageAsync(request.OwnerId, message, cancellationToken);
            }
            catch (AppErrorException ex)
            {
                logger.LogWarning("Run {Run}'s message to its new owner was not sent: {Reason}", run.Id, ex.Message);
            }
        }

        return Unit.Value;
    }

    /// <summary>Mattermost's entry (<c>@old to @new</c>); the items assigned to the owner's role follow the new owner, each with an entry.</summary>
    private OwnerChanged OwnerChange(PlaybookRun current, string ownerId, string oldOwner, string newOwner)
    {
        var reassigned = new List<OwnerRoleItemReassigned>();
        for (var c = 0; c < current.Checklists.Count; c++)
        {
            for (var i = 0; i < current.Checklists[c].Items.Count; i++)
            {
                var item = current.Checklists[c].Items[i];
                if (item.AssigneeType == "owner" && item.AssigneeId != ownerId)
                {
                    reassigned.Add(new(c, i, Ids.New(), $"changed assignee of checklist item **{TimelineText.Plain(item.Title)}** from **{oldOwner}** to **{newOwner}**"));
                }
            }
        }

        return new OwnerChanged(ownerId) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = $"{oldOwner} to {newOwner}", Reassigned = reassigned };
    }
}
