using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.RegenCommandToken;

/// <summary><c>PUT /api/v4/commands/{command_id}/regen_token</c>: a new random token; for the command's creator and the team's admins.</summary>
internal sealed record RegenCommandTokenRequest(string CommandId) : IRequest<RegeneratedToken>;

/// <summary>Mattermost's answer: <c>{"token": "..."}</c>.</summary>
internal sealed record RegeneratedToken(string Token);
