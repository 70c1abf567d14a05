using Dapper;
using Npgsql;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.AccessTokens.GetAccessTokens;

internal sealed class GetAccessTokensHandler(NpgsqlDataSource db)
    : IRequestHandler<GetUserAccessTokensRequest, IReadOnlyList<AccessTokenResponse>>,
      IRequestHandler<GetAllAccessTokensRequest, IReadOnlyList<AccessTokenResponse>>
{
    public Task<IReadOnlyList<AccessTokenResponse>> Handle(GetUserAccessTokensRequest request, CancellationToken cancellationToken) =>
        QueryAsync("t.user_id = @UserId", new { request.UserId, Limit = request.Paging.PerPage, request.Paging.Offset }, cancellationToken);

    public Task<IReadOnlyList<AccessTokenResponse>> Handle(GetAllAccessTokensRequest request, CancellationToken cancellationToken) =>
        QueryAsync("true", new { Limit = request.Paging.PerPage, request.Paging.Offset }, cancellationToken);

    private async Task<IReadOnlyList<AccessTokenResponse>> QueryAsync(string filter, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var tokens = await connection.QueryAsync<AccessTokenResponse>(new CommandDefinition(
            $"SELECT {AccessTokenResponse.Columns} FROM platform.access_tokens t WHERE {filter} ORDER BY t.create_at, t.id LIMIT @Limit OFFSET @Offset",
            parameters,
            cancellationToken: cancellationToken));
        return tokens.AsList();
    }
}
