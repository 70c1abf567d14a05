using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Boards.Api;
using Suite.Boards.ChannelBoards;
using Suite.Boards.MyWork;
using Suite.Boards.Reminders;
using Suite.Boards.Subscriptions;
using Suite.Platform.Mediator;

namespace Suite.Boards.Notifications;

/// <summary>
/// Notices (mentions, assignments, subscriptions and their batched change digests, due-date reminders), My work,
/// and the channel side of linked boards: their documents, services and routes, registered by the module in one line each.
/// </summary>
internal static class NotificationsFeature
{
    public static void Documents(StoreOptions options)
    {
        options.Schema.For<Subscription>().Duplicate(s => s.BlockId).Duplicate(s => s.SubscriberId);
        options.Schema.For<CardDigest>().Duplicate(d => d.NotifyAt);
        options.Schema.For<DueReminderSent>().Duplicate(r => r.CardId);
    }

    public static IServiceCollection AddBoardNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new NotificationOptions();
        configuration.GetSection("Suite:Boards:Notifications").Bind(options);
        if (options.SiteUrl.Length == 0)
        {
            options.SiteUrl = configuration["Suite:Integrations:SiteUrl"] ?? "";
        }

        services.AddSingleton(options);
        services.AddSingleton<BoardsBot>();
        services.AddSingleton<BoardsMessenger>();
        services.AddSingleton<CardLinks>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<SubscriptionBroadcaster>();
        services.AddSingleton<BoardStoreAccess>();
        services.AddSingleton<CardDigests>();
        services.AddSingleton<DigestWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestWorker>());
        services.AddSingleton<BlockChangeNotifier>();
        services.AddSingleton<BoardLinkPosts>();
        services.AddSingleton<DueDateReminderScanner>();
        services.AddHostedService(sp => sp.GetRequiredService<DueDateReminderScanner>());
        return services;
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        SubscriptionEndpoints.Map(api);
        MyWorkEndpoints.Map(api);
        api.MapGet("/channels/{channelId}/boards", async (string channelId, HttpContext http, ISender sender) =>
            BoardsJson.Ok(await sender.Send(new GetChannelBoardsRequest(channelId), http.RequestAborted)));
    }
}
