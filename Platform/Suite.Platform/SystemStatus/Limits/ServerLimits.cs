using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.SystemStatus.Limits;

/// <summary>
/// <c>GET /api/v4/limits/server</c>: Suite limits no edition by users (0 = no limit); system admins
/// also read the active user count, as Mattermost shows it to those who manage users.
/// </summary>
internal sealed record GetServerLimitsRequest : IRequest<ServerLimits>;

internal sealed record ServerLimits
{
    [System.Text.Json.Serialization.JsonPropertyName("activeUserCount")]
    public long ActiveUserCount { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("maxUsersLimit")]
    public long MaxUsersLimit { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("maxUsersHardLimit")]
    public long MaxUsersHardLimit { get; init; }
}

internal sealed class GetServerLimitsHandler(NpgsqlDataSource db, ICurrentUser currentUser) : IRequestHandler<GetServerLimitsRequest, ServerLimits>
{
    public async Task<ServerLimits> Handle(GetServerLimitsRequest request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsSystemAdmin)
        {
            return new ServerLimits();
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var active = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM platform.users WHERE delete_at = 0 AND NOT is_bot", cancellationToken: cancellationToken));
        return new ServerLimits { ActiveUserCount = active };
    }
}

internal static class ServerLimitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v4/limits/server", async (ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetServerLimitsRequest(), cancellationToken)));
}
