using Suite.Platform.Identity;

namespace Suite.Platform.Mediator;

#pragma warning disable CA1040 // Marker interfaces drive the authorization behaviour.
/// <summary>A request anyone may send, signed in or not. Every other request needs a signed-in user.</summary>
public interface IAnonymousRequest
{
}

/// <summary>A request only system administrators may send.</summary>
public interface ISystemAdminRequest
{
}
#pragma warning restore CA1040

/// <summary>
/// A request about one user's own data (their tokens, teams, profile): only that user or a
/// system administrator may send it; anyone else gets 403.
/// </summary>
public interface IUserScopedRequest
{
    /// <summary>The user the request acts on.</summary>
    string UserId { get; }
}

/// <summary>
/// A request that reads or changes data inside a team: only active members of the team and
/// system administrators may send it; anyone else gets 403. Checked through
/// <see cref="Teams.ITeamMembership"/> before the handler runs.
/// </summary>
public interface ITeamScopedRequest
{
    /// <summary>The team the request acts in.</summary>
    string TeamId { get; }
}

/// <summary>A team-scoped request only the team's administrators and system administrators may send.</summary>
public interface ITeamAdminRequest : ITeamScopedRequest
{
}

/// <summary>
/// Decides whether the current user may send a request of type <typeparamref name="TRequest"/>
/// (for example: is a member of the team it names). Found by scanning module assemblies; every
/// authorizer for a request must allow it.
/// </summary>
public interface IRequestAuthorizer<in TRequest>
{
    /// <summary>Throws an <see cref="Errors.AppErrorException"/> (403 or 404) when the user may not send the request.</summary>
    ValueTask AuthorizeAsync(TRequest request, ICurrentUser user, CancellationToken cancellationToken);
}

/// <summary>Marks a request type as usable only when a license enables the named feature.</summary>
/// <param name="feature">The feature key, as declared by a module's <see cref="Modules.LicensedFeature"/>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class RequiresFeatureAttribute(string feature) : Attribute
{
    /// <summary>The feature key.</summary>
    public string Feature { get; } = feature;
}
