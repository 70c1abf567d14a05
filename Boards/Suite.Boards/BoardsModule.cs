using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Boards.Api;
using Suite.Boards.Archives;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.BoardsAndBlocks;
using Suite.Boards.Cards;
using Suite.Boards.Categories;
using Suite.Boards.Compliance;
using Suite.Boards.Csv;
using Suite.Boards.Duplication;
using Suite.Boards.Files;
using Suite.Boards.Imports;
using Suite.Boards.Members;
using Suite.Boards.Notifications;
using Suite.Boards.Onboarding;
using Suite.Boards.Realtime;
using Suite.Boards.Search;
using Suite.Boards.Server;
using Suite.Boards.Sharing;
using Suite.Boards.Statistics;
using Suite.Boards.Teams;
using Suite.Boards.Templates;
using Suite.Boards.Users;
using Suite.Boards.Web;
using Suite.Channels.Contracts;
using Suite.Platform.Documents;
using Suite.Platform.Modules;
using Suite.Platform.Web;
using Weasel.Core;

namespace Suite.Boards;

/// <summary>Kanban boards with typed card properties, views and content blocks, linked to channels, at Mattermost Boards' (Focalboard's) API v2.</summary>
public sealed class BoardsModule : SuiteModule, IModuleUi
{
    public const string ApiRoot = "/plugins/focalboard/api/v2";

    public override string Name => "Boards";

    public override IReadOnlyList<string> DependsOn => [ChannelsModuleName.Value];

    public IReadOnlyList<NavEntry> Navigation { get; } = [new("Boards", "{team}/boards", NavArea.Main, 30)];

    public IReadOnlyList<SlotEntry> Slots { get; } = [new(ChannelUiSlots.ChannelSide, typeof(ChannelBoardsPanel))];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDocumentStore<BoardsModule>(options =>
        {
            // Documents are kept in the API's own JSON (camelCase), so what is stored is what clients see.
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.Schema.For<Board>().Duplicate(b => b.TeamId).Duplicate(b => b.ChannelId).UseOptimisticConcurrency(true);
            options.Schema.For<Block>().Duplicate(b => b.BoardId).Duplicate(b => b.ParentId).UseOptimisticConcurrency(true);
            options.Schema.For<BoardMembership>().Duplicate(m => m.BoardId).Duplicate(m => m.UserId);
            options.Schema.For<UserCategories>().UseOptimisticConcurrency(true);
            options.Schema.For<BoardSharing>();
            options.Schema.For<BoardFile>().Duplicate(f => f.BoardId);
            options.Schema.For<Block>().FullTextIndex("english", b => b.Title);
            NotificationsFeature.Documents(options);
            options.Schema.For<ImportJob>();
            options.Schema.For<UserConfig>().UseOptimisticConcurrency(true);
        });
        services.AddSingleton<BoardStore>();
        services.AddSingleton<BoardAccess>();
        services.AddSingleton<BoardMembers>();
        services.AddSingleton<BoardChannels>();
        services.AddSingleton<BoardBroadcaster>();
        services.AddSingleton<CardWrites>();
        services.AddSingleton<TeamGate>();
        services.AddSingleton<CategoryBook>();
        services.AddSingleton<BoardCreation>();
        services.AddSingleton<BuiltInTemplates>();
        services.AddSingleton<BoardFileStorage>();
        services.AddSingleton<ReadTokens>();
        services.AddSingleton<UserVisibility>();
        services.AddSingleton<UserConfigs>();
        services.AddBoardNotifications(configuration);
        services.AddBoardImports(configuration);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        BoardsWebAssets.Map(endpoints);
        ServerEndpoints.Map(endpoints);
        var api = endpoints.MapGroup(ApiRoot).AddEndpointFilter<BoardsApiFilter>();
        BoardEndpoints.Map(api);
        MemberEndpoints.Map(api);
        BlockEndpoints.Map(api);
        ContentBlockEndpoints.Map(api);
        CardEndpoints.Map(api);
        BlockBatchEndpoints.Map(api);
        BoardsAndBlocksEndpoints.Map(api);
        DuplicationEndpoints.Map(api);
        TemplateEndpoints.Map(api);
        CategoryEndpoints.Map(api);
        SearchEndpoints.Map(api);
        SharingEndpoints.Map(api);
        FileEndpoints.Map(api);
        NotificationsFeature.Map(api);
        ArchiveEndpoints.Map(api);
        CsvEndpoints.Map(api);
        UsersEndpoints.Map(api);
        TeamsEndpoints.Map(api);
        StatisticsEndpoints.Map(api);
        OnboardingEndpoints.Map(api);
        ComplianceEndpoints.Map(api);
        api.MapFallback("{**path}", (HttpContext http) =>
            throw BoardsErrors.NotFound($"API endpoint {http.Request.Method} {http.Request.Path}"));
    }
}
