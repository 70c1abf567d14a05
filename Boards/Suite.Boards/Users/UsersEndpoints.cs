using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Users.GetMe;
using Suite.Boards.Users.GetUsers;
using Suite.Boards.Users.UserSettings;
using Suite.Platform.Mediator;

namespace Suite.Boards.Users;

/// <summary>Focalboard's user routes (<c>server/api/users.go</c>), as the Boards plugin answers them.</summary>
internal static class UsersEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/users", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetUsersListRequest(await BoardsJson.ReadAsync<List<string>>(http)), http.RequestAborted)));

        api.MapGet("/users/me", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetMeRequest(http.Request.Query["teamID"].ToString(), http.Request.Query["channelID"].ToString()), http.RequestAborted)));

        api.MapGet("/users/me/memberships", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetMyMembershipsRequest(), http.RequestAborted)));

        api.MapGet("/users/me/config", async (HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetUserConfigRequest(), http.RequestAborted)));

        api.MapGet("/users/{userId}", async (string userId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetUserRequest(userId), http.RequestAborted)));

        api.MapPut("/users/{userId}/config", async (string userId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new UpdateUserConfigRequest(userId, await BoardsJson.ReadAsync<UserConfigPatch>(http)), http.RequestAborted)));
    }
}
