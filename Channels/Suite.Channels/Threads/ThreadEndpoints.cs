using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Channels.Api;
using Suite.Channels.Threads.FollowThread;
using Suite.Channels.Threads.GetThread;
using Suite.Channels.Threads.GetThreadMentionCounts;
using Suite.Channels.Threads.GetThreads;
using Suite.Channels.Threads.MarkAllThreadsRead;
using Suite.Channels.Threads.MarkThreadRead;
using Suite.Channels.Threads.SetThreadUnread;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Threads;

/// <summary>Mattermost's collapsed reply threads routes.</summary>
internal static class ThreadEndpoints
{
    private const string Threads = "/users/{user_id}/teams/{team_id}/threads";

    public static void MapThreads(this IEndpointRouteBuilder api)
    {
        api.MapGet(Threads, async (string user_id, string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetThreadsRequest(user_id, team_id, Query(http.Request)), http.RequestAborted)));

        api.MapGet(Threads + "/mention_counts", async (string user_id, string team_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetThreadMentionCountsRequest(user_id, team_id), http.RequestAborted)));

        api.MapPut(Threads + "/read", async (string user_id, string team_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new MarkAllThreadsReadRequest(user_id, team_id), http.RequestAborted);
            return ApiResults.StatusOk();
        });

        api.MapGet(Threads + "/{thread_id}", async (string user_id, string team_id, string thread_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new GetUserThreadRequest(user_id, team_id, thread_id, QueryParams.Bool(http.Request, "extended")), http.RequestAborted)));

        api.MapPut(Threads + "/{thread_id}/following", async (string user_id, string team_id, string thread_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new FollowThreadRequest(user_id, team_id, thread_id, Follow: true), http.RequestAborted);
            return ApiResults.StatusOk();
        });

        api.MapDelete(Threads + "/{thread_id}/following", async (string user_id, string team_id, string thread_id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new FollowThreadRequest(user_id, team_id, thread_id, Follow: false), http.RequestAborted);
            return ApiResults.StatusOk();
        });

        api.MapPut(Threads + "/{thread_id}/read/{timestamp}", async (string user_id, string team_id, string thread_id, string timestamp, HttpContext http, ISender sender) =>
        {
            var time = long.TryParse(timestamp, out var parsed) ? parsed : throw AppErrorException.InvalidUrl("timestamp");
            return ApiResults.Ok(await sender.Send(new MarkThreadReadRequest(user_id, team_id, thread_id, time), http.RequestAborted));
        });

        api.MapPost(Threads + "/{thread_id}/set_unread/{post_id}", async (string user_id, string team_id, string thread_id, string post_id, HttpContext http, ISender sender) =>
            ApiResults.Ok(await sender.Send(new SetThreadUnreadRequest(user_id, team_id, thread_id, post_id), http.RequestAborted)));
    }

    private static ThreadQuery Query(HttpRequest request) => new()
    {
        PageSize = QueryParams.Int(request, "per_page") ?? QueryParams.Int(request, "pageSize") ?? 30,
        Deleted = QueryParams.Bool(request, "deleted"),
        Unread = QueryParams.Bool(request, "unread"),
        Since = QueryParams.Long(request, "since") ?? 0,
        Before = QueryParams.String(request, "before"),
        After = QueryParams.String(request, "after"),
        Extended = QueryParams.Bool(request, "extended"),
        TotalsOnly = QueryParams.Bool(request, "totalsOnly"),
        ThreadsOnly = QueryParams.Bool(request, "threadsOnly"),
    };
}
