using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Platform.Mediator;

/// <summary>
/// Third behaviour: a request needs a signed-in user unless it is an <see cref="IAnonymousRequest"/>,
/// a system admin for an <see cref="ISystemAdminRequest"/>, and the consent of every
/// <see cref="IRequestAuthorizer{TRequest}"/> registered for it.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(
    ICurrentUser currentUser,
    IEnumerable<IRequestAuthorizer<TRequest>> authorizers) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly bool Anonymous = typeof(IAnonymousRequest).IsAssignableFrom(typeof(TRequest));
    private static readonly bool SystemAdminOnly = typeof(ISystemAdminRequest).IsAssignableFrom(typeof(TRequest));

    private readonly IRequestAuthorizer<TRequest>[] _authorizers = authorizers.ToArray();

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (!Anonymous && !currentUser.IsAuthenticated)
        {
            throw AppErrorException.Unauthorized();
        }

        if (SystemAdminOnly && !currentUser.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden();
        }

        return _authorizers.Length == 0 ? next(cancellationToken) : AuthorizeThenHandle(request, next, cancellationToken);
    }

    private async Task<TResponse> AuthorizeThenHandle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        foreach (var authorizer in _authorizers)
        {
            await authorizer.AuthorizeAsync(request, currentUser, cancellationToken);
        }

        return await next(cancellationToken);
    }
}
