using Suite.Channels.Threads.GetThread;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Web.Threads;

/// <summary>Whether the viewer follows a thread, read through the API's thread request.</summary>
internal static class ThreadFollowing
{
    /// <summary>A thread the viewer has no membership of (nobody replied, or they never took part) is not followed.</summary>
    public static async Task<bool> IsFollowingAsync(ISender sender, string viewerId, string teamId, string threadId)
    {
        try
        {
            return (await sender.Send(new GetUserThreadRequest(viewerId, teamId, threadId, false))).IsFollowing;
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode == 404)
        {
            return false;
        }
    }
}
