using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Realtime;

namespace Suite.Platform.Identity.Users;

/// <summary>
/// Mattermost's <c>user_updated</c>: after a user's profile or picture changes, the user's own clients get the
/// whole user and everyone else the user without what only its owner sees (<c>ClearNonProfileFields</c>).
/// </summary>
internal sealed class UserUpdatedEvents(NpgsqlDataSource db, IServiceProvider services)
{
    public async Task PublishAsync(string userId, CancellationToken cancellationToken)
    {
        UserRow? row;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            row = await UserRow.FindAsync(connection, userId, cancellationToken);
        }

        if (row is not null)
        {
            await PublishAsync(row, cancellationToken);
        }
    }

    public async Task PublishAsync(UserRow row, CancellationToken cancellationToken)
    {
        if (services.GetService<IRealtimePublisher>() is not { } publisher)
        {
            return;
        }

        await publisher.PublishAsync("user_updated", Data(row, full: true), Broadcast.ToUser(row.Id), cancellationToken);
        await publisher.PublishAsync("user_updated", Data(row, full: false), Broadcast.Everyone with { OmitUsers = [row.Id] }, cancellationToken);
    }

    private static Dictionary<string, object?> Data(UserRow row, bool full) =>
        new() { ["user"] = JsonSerializer.SerializeToElement(UserResponses.From(row, full), ApiJson.Options) };
}
