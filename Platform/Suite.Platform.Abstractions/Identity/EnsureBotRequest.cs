using Suite.Platform.Mediator;

namespace Suite.Platform.Identity;

/// <summary>
/// A module's own bot account (Mattermost's <c>EnsureBotUser</c> for plugins): answers the user id of
/// the bot named <paramref name="Username"/>, creating it owned by <paramref name="OwnerId"/> the first
/// time. Safe to send from several nodes at once; a username held by a person is refused.
/// </summary>
/// <param name="Username">The bot's username, for example <c>playbooks</c>.</param>
/// <param name="DisplayName">The name shown on its posts.</param>
/// <param name="Description">What the bot does.</param>
/// <param name="OwnerId">The owning module's name, as Mattermost stores a plugin id as a bot's owner.</param>
public sealed record EnsureBotRequest(string Username, string DisplayName, string Description, string OwnerId) : IRequest<string>, IAnonymousRequest;
