using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Suite.LoadBench;

/// <summary>
/// The baseline the Suite is measured against: a minimal ASP.NET Core app whose <c>POST /posts</c>
/// reads the same JSON body as <c>POST /api/v4/posts</c> and does exactly one <c>INSERT</c> through
/// one <see cref="NpgsqlDataSource"/>. It runs as its own process (<c>Suite.LoadBench baseline</c>).
/// </summary>
internal static class BaselineServer
{
    public static async Task<int> RunAsync(string urls, string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand(
            "CREATE TABLE IF NOT EXISTS posts (id uuid PRIMARY KEY, channel_id text NOT NULL, user_id text NOT NULL, message text NOT NULL, create_at bigint NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        app.MapPost("/posts", async (BaselinePost post, CancellationToken cancellationToken) =>
        {
            var stored = post with { Id = Guid.NewGuid(), CreateAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() };
            await using var insert = dataSource.CreateCommand("INSERT INTO posts (id, channel_id, user_id, message, create_at) VALUES ($1, $2, $3, $4, $5)");
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = stored.Id });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.ChannelId });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.UserId ?? "" });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stored.Message });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = stored.CreateAt });
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return Results.Created($"/posts/{stored.Id}", stored);
        });
        await app.RunAsync();
        return 0;
    }
}

internal sealed record BaselinePost(Guid Id, string ChannelId, string? UserId, string Message, long CreateAt);
