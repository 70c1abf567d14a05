using FluentValidation;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Runs.ChangeOwner;

/// <summary><c>POST /runs/{id}/owner</c> <c>{owner_id}</c>: the new owner joins the run and its channel.</summary>
internal sealed record ChangeOwnerRequest(string RunId, string OwnerId) : IRequest;

internal sealed class ChangeOwnerValidator : AbstractValidator<ChangeOwnerRequest>
{
    public ChangeOwnerValidator() => RuleFor(r => r.OwnerId).Must(Ids.IsValid).WithMessage("must be a valid id.").OverridePropertyName("owner_id");
}

internal sealed class ChangeOwnerHandler(RunAccess access, RunStore runs, RunBroadcaster broadcaster, Usernames usernames, ITeamMembership teams, ICurrentUser user, ISender sender, TimeProvider time)
    : IRequestHandler<ChangeOwnerRequest, Unit>
{
    public async Task<Unit> Handle(ChangeOwnerRequest request, CancellationToken cancellationToken)
    {
        var before = await access.OwnedAsync(request.RunId, cancellationToken);
        if (await teams.GetRoleAsync(before.TeamId, request.OwnerId, cancellationToken) is null)
        {
            throw AppErrorException.InvalidBody("owner_id", "The owner must be a member of the run's team.");
        }

        await sender.Send(new AddChannelMember { ChannelId = before.ChannelId, UserId = request.OwnerId, ActorId = user.UserId }, cancellationToken);
        var mentions = await usernames.MentionsAsync([user.UserId, before.OwnerUserId, request.OwnerId], cancellationToken);
        string Mention(string userId) => mentions.GetValueOrDefault(userId, Usernames.Unknown);
        var summary = $"{Mention(user.UserId)} changed the owner from {Mention(before.OwnerUserId)} to {Mention(request.OwnerId)}";
        var run = await runs.ChangeAsync(
            request.RunId,
            current => current.OwnerUserId == request.OwnerId
                ? []
                : [new OwnerChanged(request.OwnerId) { At = time.GetUtcNow().ToUnixTimeMilliseconds(), ActorId = user.UserId, Summary = summary }],
            cancellationToken);
        await broadcaster.UpdatedAsync(run, cancellationToken);
        return Unit.Value;
    }
}
