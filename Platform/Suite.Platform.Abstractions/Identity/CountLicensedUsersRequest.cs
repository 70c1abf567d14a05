using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary>
/// The accounts a license's seats are counted against, as Mattermost counts them: active and not bots.
/// Sent by the Platform's modules (the license check runs at start-up, with nobody signed in); no route answers it.
/// </summary>
public sealed record CountLicensedUsersRequest : IRequest<long>, IAnonymousRequest;
