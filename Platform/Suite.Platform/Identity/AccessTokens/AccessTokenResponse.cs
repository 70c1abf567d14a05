using System.Text.Json.Serialization;
using Dapper;
using Npgsql;
using Suite.Platform.Errors;

namespace Suite.Platform.Identity.AccessTokens;

/// <summary>Mattermost's UserAccessToken JSON; <see cref="Token"/> only in the answer that creates it.</summary>
internal sealed record AccessTokenResponse(string Id, string UserId, string Description, bool IsActive, long ExpiresAt)
{
    public const string Columns = "t.id, t.user_id AS userid, t.description, t.is_active AS isactive, t.expires_at AS expiresat";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }

    /// <summary>The token, if the current user owns it or is a system admin: 404 when it does not exist, 403 when it is someone else's.</summary>
    public static async Task<AccessTokenResponse> FindOwnedAsync(NpgsqlConnection connection, string tokenId, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var token = await connection.QuerySingleOrDefaultAsync<AccessTokenResponse>(new CommandDefinition(
            $"SELECT {Columns} FROM platform.access_tokens t WHERE t.id = @tokenId",
            new { tokenId },
            cancellationToken: cancellationToken))
            ?? throw new AppErrorException(404, "app.user_access_token.get_by_token.app_error", "Unable to find the access token.");
        return token.UserId == currentUser.UserId || currentUser.IsSystemAdmin
            ? token
            : throw AppErrorException.Forbidden("Only the token's owner or a system admin may do this.");
    }
}
