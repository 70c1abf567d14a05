using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Platform.Mediator;

/// <summary>
/// Third behaviour: a request needs a signed-in user unless it is an <see cref="IAnonymousRequest"/>,
/// a system admin for an <see cref="ISystemAdminRequest"/>, the user themselves (or a system admin,
/// or the owner of a bot account when allowed to manage it) for an <see cref="IUserScopedRequest"/>, an active team member (team admin for
/// <see cref="ITeamAdminRequest"/>; system admins always pass) for an <see cref="ITeamScopedRequest"/>,
/// and the consent of every <see cref="IRequestAuthorizer{TRequest}"/> registered for it.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly bool Anonymous = typeof(IAnonymousRequest).IsAssignableFrom(typeof(TRequest));
    private static readonly bool SystemAdminOnly = typeof(ISystemAdminRequest).IsAssignableFrom(typeof(TRequest));
    private static readonly bool UserScoped = typeof(IUserScopedRequest).IsAssignableFrom(typeof(TRequest));
    private static readonly bool TeamScoped = typeof(ITeamScopedRequest).IsAssignableFrom(typeof(TRequest));
    private static readonly bool TeamAdminOnly = typeof(ITeamAdminRequest).IsAssignableFrom(typeof(TRequest));

    private readonly ICurrentUser _currentUser;
    private readonly ITeamMembership? _teamMembership;
    private readonly Identity.Bots.BotAccess? _botAccess;
    private readonly IRequestAuthorizer<TRequest>[] _authorizers;

    public AuthorizationBehavior(ICurrentUser currentUser, IServiceProvider services, IEnumerable<IRequestAuthorizer<TRequest>> authorizers)
    {
        _currentUser = currentUser;
        _authorizers = authorizers.ToArray();
        if (UserScoped)
        {
            _botAccess = services.GetService<Identity.Bots.BotAccess>();
        }

        if (TeamScoped)
        {
            _teamMembership = services.GetService<ITeamMembership>()
                ?? throw new InvalidOperationException($"{typeof(TRequest).Name} is team-scoped but no {nameof(ITeamMembership)} is registered.");
        }
    }

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (!Anonymous && !_currentUser.IsAuthenticated)
        {
            throw AppErrorException.Unauthorized();
        }

        if (SystemAdminOnly && !_currentUser.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden();
        }

        var checkBotOwner = UserScoped && !_currentUser.IsSystemAdmin && ((IUserScopedRequest)request).UserId != _currentUser.UserId;
        if (checkBotOwner && _botAccess is null)
        {
            throw OnlySelfOrAdmin();
        }

        var checkTeam = TeamScoped && !_currentUser.IsSystemAdmin;
        return _authorizers.Length == 0 && !checkTeam && !checkBotOwner
            ? next(cancellationToken)
            : AuthorizeThenHandle(request, checkTeam, checkBotOwner, next, cancellationToken);
    }

    private static AppErrorException OnlySelfOrAdmin() => AppErrorException.Forbidden("Only the user themselves or a system admin may do this.");

    private async Task<TResponse> AuthorizeThenHandle(TRequest request, bool checkTeam, bool checkBotOwner, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (checkBotOwner && !await _botAccess!.IsManagedByAsync(((IUserScopedRequest)request).UserId, _currentUser, cancellationToken))
        {
            throw OnlySelfOrAdmin();
        }

        if (checkTeam)
        {
            var role = await _teamMembership!.GetRoleAsync(((ITeamScopedRequest)request).TeamId, _currentUser.UserId, cancellationToken);
            if (role is null)
            {
                throw AppErrorException.Forbidden("Only members of the team may do this.");
            }

            if (TeamAdminOnly && role != TeamRole.Admin)
            {
                throw AppErrorException.Forbidden("Only team admins may do this.");
            }
        }

        foreach (var authorizer in _authorizers)
        {
            await authorizer.AuthorizeAsync(request, _currentUser, cancellationToken);
        }

        return await next(cancellationToken);
    }
}
