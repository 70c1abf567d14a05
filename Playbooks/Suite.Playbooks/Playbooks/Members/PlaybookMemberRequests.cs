using FluentValidation;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Playbooks.Members;

/// <summary>
/// <c>PUT /playbooks/{id}/members/{userID}</c> <c>{roles}</c>: adds a member or sets their roles
/// (<c>playbook_member</c> always, <c>playbook_admin</c> on request), as Mattermost's GraphQL
/// <c>addPlaybookMember</c> does. The playbook's admins manage members; anyone in the team may join
/// a public playbook as a plain member.
/// </summary>
internal sealed record SetPlaybookMemberRequest(string PlaybookId, string UserId, IReadOnlyList<string> Roles) : IRequest<Playbook>;

internal sealed class SetPlaybookMemberValidator : AbstractValidator<SetPlaybookMemberRequest>
{
    public SetPlaybookMemberValidator()
    {
        RuleFor(r => r.UserId).Must(Ids.IsValid).WithMessage("must be a valid id.").OverridePropertyName("user_id");
        RuleForEach(r => r.Roles).Must(r => r is PlaybookRoles.Admin or PlaybookRoles.Member)
            .WithMessage($"must be {PlaybookRoles.Admin} or {PlaybookRoles.Member}.").OverridePropertyName("roles");
    }
}

internal sealed class SetPlaybookMemberHandler(PlaybookAccess access, PlaybookStore store, ITeamMembership teams, ICurrentUser user, TimeProvider time)
    : IRequestHandler<SetPlaybookMemberRequest, Playbook>
{
    public async Task<Playbook> Handle(SetPlaybookMemberRequest request, CancellationToken cancellationToken)
    {
        var playbook = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        var roles = request.Roles.Contains(PlaybookRoles.Admin) ? new List<string> { PlaybookRoles.Member, PlaybookRoles.Admin } : [PlaybookRoles.Member];
        var joining = request.UserId == user.UserId && playbook.Public && roles.Count == 1 && !playbook.IsMember(user.UserId);
        if (!access.IsAdmin(playbook) && !joining)
        {
            throw AppErrorException.Forbidden("Only the playbook's admins manage its members; others may only join a public playbook as members.");
        }

        if (playbook.DeleteAt != 0)
        {
            throw PlaybookErrors.Archived();
        }

        if (await teams.GetRoleAsync(playbook.TeamId, request.UserId, cancellationToken) is null)
        {
            throw AppErrorException.InvalidBody("user_id", "A playbook's members must belong to its team.");
        }

        var member = playbook.Members.FirstOrDefault(m => m.UserId == request.UserId);
        if (member is null)
        {
            playbook.Members.Add(new PlaybookMember { UserId = request.UserId, Roles = roles });
        }
        else
        {
            member.Roles = roles;
        }

        PlaybookMembership.RequireAnAdmin(playbook);
        playbook.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.SaveAsync(playbook, cancellationToken);
        return playbook;
    }
}

/// <summary>
/// <c>DELETE /playbooks/{id}/members/{userID}</c>: the playbook's admins remove anyone, and anyone may
/// leave, as Mattermost's <c>removePlaybookMember</c>; the last admin cannot go.
/// </summary>
internal sealed record RemovePlaybookMemberRequest(string PlaybookId, string UserId) : IRequest<Playbook>;

internal sealed class RemovePlaybookMemberHandler(PlaybookAccess access, PlaybookStore store, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RemovePlaybookMemberRequest, Playbook>
{
    public async Task<Playbook> Handle(RemovePlaybookMemberRequest request, CancellationToken cancellationToken)
    {
        var playbook = await access.ReadableAsync(request.PlaybookId, cancellationToken);
        if (request.UserId != user.UserId && !access.IsAdmin(playbook))
        {
            throw AppErrorException.Forbidden("Only the playbook's admins remove other members.");
        }

        if (playbook.DeleteAt != 0)
        {
            throw PlaybookErrors.Archived();
        }

        if (playbook.Members.RemoveAll(m => m.UserId == request.UserId) == 0)
        {
            throw AppErrorException.NotFound("playbook member");
        }

        PlaybookMembership.RequireAnAdmin(playbook);
        playbook.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.SaveAsync(playbook, cancellationToken);
        return playbook;
    }
}

internal static class PlaybookMembership
{
    /// <summary>400 unless everyone <paramref name="playbook"/> lists, and <paramref name="before"/> did not, belongs to its team.</summary>
    public static async Task RequireTeamMembersAsync(this ITeamMembership teams, Playbook playbook, Playbook? before, CancellationToken cancellationToken)
    {
        foreach (var member in playbook.Members.Where(m => before is null || !before.IsMember(m.UserId)))
        {
            if (await teams.GetRoleAsync(playbook.TeamId, member.UserId, cancellationToken) is null)
            {
                throw AppErrorException.InvalidBody("members", $"A playbook's members must belong to its team; {member.UserId} does not.");
            }
        }
    }

    public static void RequireAnAdmin(Playbook playbook)
    {
        if (!playbook.Members.Any(m => m.Roles.Contains(PlaybookRoles.Admin)))
        {
            throw new AppErrorException(400, "app.playbook.last_admin", "A playbook keeps at least one admin; make someone else admin first.");
        }
    }
}
