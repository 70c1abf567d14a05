using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams.AddTeamMember;

namespace Suite.Platform.Teams.AddTeamMembers;

/// <summary>Adding others takes a team or system admin before any is added, so a refusal is never hidden among graceful outcomes.</summary>
internal sealed class AddTeamMembersHandler(ISender sender, ICurrentUser currentUser, ITeamMembership membership)
    : IRequestHandler<AddTeamMembersRequest, IReadOnlyList<TeamMemberWithError>>
{
    public async Task<IReadOnlyList<TeamMemberWithError>> Handle(AddTeamMembersRequest request, CancellationToken cancellationToken)
    {
        if (request.UserIds.Any(id => id != currentUser.UserId)
            && !TeamAccess.CanManage(await membership.GetRoleAsync(request.TeamId, currentUser.UserId, cancellationToken), currentUser))
        {
            throw AppErrorException.Forbidden("Only team admins may add other people to a team.");
        }

        var outcomes = new List<TeamMemberWithError>(request.UserIds.Count);
        foreach (var userId in request.UserIds.Distinct(StringComparer.Ordinal))
        {
            try
            {
                var member = await sender.Send(new AddTeamMemberRequest(request.TeamId, userId), cancellationToken);
                outcomes.Add(new TeamMemberWithError(userId, member, null));
            }
            catch (AppErrorException ex) when (request.Graceful)
            {
                outcomes.Add(new TeamMemberWithError(userId, null, ex.Error));
            }
        }

        return outcomes;
    }
}
