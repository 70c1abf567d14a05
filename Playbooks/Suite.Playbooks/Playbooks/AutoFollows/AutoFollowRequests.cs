using FluentValidation;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Playbooks.AutoFollows;

/// <summary><c>GET /playbooks/{id}/autofollows</c>: the ids of the users who follow every new run of the playbook.</summary>
internal sealed record GetAutoFollowsRequest(string PlaybookId) : IRequest<List<string>>;

internal sealed class GetAutoFollowsHandler(PlaybookAccess access, AutoFollowStore follows) : IRequestHandler<GetAutoFollowsRequest, List<string>>
{
    public async Task<List<string>> Handle(GetAutoFollowsRequest request, CancellationToken cancellationToken)
    {
        await access.ReadableAsync(request.PlaybookId, cancellationToken);
        return await follows.UserIdsAsync(request.PlaybookId, cancellationToken);
    }
}

/// <summary>
/// <c>PUT</c> (follow) and <c>DELETE</c> (unfollow) <c>/playbooks/{id}/autofollows/{userID}</c>: users
/// choose for themselves, system administrators for anyone; the user must be able to see the playbook.
/// </summary>
internal sealed record SetAutoFollowRequest(string PlaybookId, string UserId, bool Follow) : IRequest;

internal sealed class SetAutoFollowValidator : AbstractValidator<SetAutoFollowRequest>
{
    public SetAutoFollowValidator() => RuleFor(r => r.UserId).Must(Ids.IsValid).WithMessage("must be a valid id.").OverridePropertyName("user_id");
}

internal sealed class SetAutoFollowHandler(PlaybookAccess access, AutoFollowStore follows, ITeamMembership teams, ICurrentUser user)
    : IRequestHandler<SetAutoFollowRequest, Unit>
{
    public async Task<Unit> Handle(SetAutoFollowRequest request, CancellationToken cancellationToken)
    {
        var playbook = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        if (request.UserId != user.UserId && !user.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only the user, or a system administrator, decides whether they follow a playbook's runs.");
        }

        if (!request.Follow)
        {
            await follows.UnfollowAsync(request.PlaybookId, request.UserId, cancellationToken);
            return Unit.Value;
        }

        // The caller passed the view check above; someone else must be able to see the playbook too.
        if (request.UserId != user.UserId
            && (await teams.GetRoleAsync(playbook.TeamId, request.UserId, cancellationToken) is null || !(playbook.Public || playbook.IsMember(request.UserId))))
        {
            throw new AppErrorException(400, "api.playbooks.autofollow.invalid_user", "The user must be able to see the playbook: a member of its team, and of the playbook when it is private.");
        }

        await follows.FollowAsync(request.PlaybookId, request.UserId, cancellationToken);
        return Unit.Value;
    }
}
