using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Boards.Members.AddMember;
using Suite.Boards.Members.GetMembers;
using Suite.Boards.Members.JoinBoard;
using Suite.Boards.Members.RemoveMember;
using Suite.Boards.Members.UpdateMember;
using Suite.Platform.Mediator;

namespace Suite.Boards.Members;

/// <summary>The member routes of Focalboard's API v2.</summary>
internal static class MemberEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/boards/{boardId}/members", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetMembersRequest(boardId), http.RequestAborted)));

        api.MapPost("/boards/{boardId}/members", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new AddMemberRequest(boardId, await BoardsJson.ReadAsync<MemberBody>(http)), http.RequestAborted)));

        api.MapPut("/boards/{boardId}/members/{userId}", async (string boardId, string userId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new UpdateMemberRequest(boardId, userId, await BoardsJson.ReadAsync<MemberBody>(http)), http.RequestAborted)));

        api.MapDelete("/boards/{boardId}/members/{userId}", async (string boardId, string userId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RemoveMemberRequest(boardId, userId), http.RequestAborted);
            return BoardsJson.Empty();
        });

        api.MapPost("/boards/{boardId}/join", async (string boardId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new JoinBoardRequest(boardId, http.Request.Query.ContainsKey("allow_admin")), http.RequestAborted)));

        api.MapPost("/boards/{boardId}/leave", async (string boardId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RemoveMemberRequest(boardId, null), http.RequestAborted);
            return BoardsJson.Empty();
        });
    }
}
