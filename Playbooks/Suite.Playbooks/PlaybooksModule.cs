using JasperFx.Events.Projections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Channels.Contracts;
using Suite.Platform.Documents;
using Suite.Platform.Errors;
using Suite.Platform.Modules;
using Suite.Platform.Web;
using Suite.Playbooks.Alerts;
using Suite.Playbooks.Api;
using Suite.Playbooks.Bot;
using Suite.Playbooks.Categories;
using Suite.Playbooks.ChannelActions;
using Suite.Playbooks.Checklists;
using Suite.Playbooks.Compliance;
using Suite.Playbooks.Conditions;
using Suite.Playbooks.FollowUps;
using Suite.Playbooks.Insights;
using Suite.Playbooks.Keywords;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Playbooks.AutoFollows;
using Suite.Playbooks.PropertyFields;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.CreateRun;
using Suite.Playbooks.Runs.Reminders;
using Suite.Playbooks.Runs.UpdateStatus;
using Suite.Playbooks.SlashCommand;
using Suite.Playbooks.Web;

namespace Suite.Playbooks;

/// <summary>Incident runs: run channel, checklists, status updates and a timeline, at Mattermost's Playbooks API v0.</summary>
public sealed class PlaybooksModule : SuiteModule, IModuleUi
{
    public const string ApiRoot = "/plugins/playbooks/api/v0";

    public override string Name => "Playbooks";

    public override IReadOnlyList<string> DependsOn => [ChannelsModuleName.Value];

    public override IReadOnlyList<LicensedFeature> Features => PlaybookFeatures.All;

    public IReadOnlyList<NavEntry> Navigation { get; } = [new("Playbooks", "playbooks", NavArea.Main, 20)];

    public IReadOnlyList<SlotEntry> Slots { get; } = [new(ChannelUiSlots.ChannelSide, typeof(RunPanel)), new(ChannelUiSlots.PostActions, typeof(PostRunActions))];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDocumentStore<PlaybooksModule>(options =>
        {
            options.Schema.For<Playbook>().Duplicate(p => p.TeamId);
            options.Schema.For<PlaybookRun>().Duplicate(r => r.TeamId).Duplicate(r => r.ChannelId).Duplicate(r => r.PlaybookId);
            options.Schema.For<PlaybookRun>().Index(r => r.StatusUpdateDueAt);
            options.Schema.For<PropertyField>().Duplicate(f => f.TargetId);
            options.Schema.For<PlaybookAutoFollow>().Duplicate(f => f.PlaybookId);
            options.Events.AddEventTypes(RunEventTypes.All);
            options.Projections.Add(new RunProjection(), ProjectionLifecycle.Inline);
            Runs.Timeline.RunTimeline.Map(options);
            AlertsFeature.ConfigureDocuments(options);
            ChannelActionStore.Map(options);
            KeywordPromptStore.Map(options);
            ConditionStore.Map(options);
            CategoryStore.Map(options);
        });
        services.AddSingleton<PlaybookStore>();
        services.AddSingleton<PlaybookAccess>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<RunAccess>();
        services.AddSingleton<Runs.Timeline.RunTimeline>();
        services.AddHostedService<Runs.Timeline.TimelineUpgrade>();
        services.AddSingleton<RunNumbers>();
        services.AddSingleton<RunChannel>();
        services.AddSingleton<OriginalPost>();
        services.AddSingleton<RunBroadcaster>();
        services.AddSingleton<PlaybookTeamEvents>();
        services.AddSingleton<Checklists.ChangeChecklist.AssigneeNotice>();
        services.AddSingleton<StatusWebhooks>();
        services.AddSingleton<Usernames>();
        services.AddSingleton<VisibleTeams>();
        services.AddChannelActions();
        services.AddPlaybookCommand();
        services.AddSingleton<FollowUpCards>();
        services.AddSingleton<FollowUpBoard>();
        AlertsFeature.AddServices(services, configuration);
        services.AddRunReminders(configuration);
        services.AddSingleton<EditablePlaybooks>();
        services.AddSingleton<PropertyFieldStore>();
        services.AddSingleton<AutoFollowStore>();
        services.AddSingleton<PlaybookCarryOver>();
        services.AddSingleton<ConditionStore>();
        services.AddSingleton<RunConditions>();
        services.AddSingleton<ConditionReferences>();
        services.AddSingleton<CategoryStore>();
        services.AddSingleton<CategoryItemNames>();
        services.AddRunMessages();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        var api = endpoints.MapGroup(ApiRoot);
        PlaybookEndpoints.Map(api);
        RunEndpoints.Map(api);
        RunOperationEndpoints.Map(api);
        ChecklistEndpoints.Map(api);
        ChannelActionEndpoints.Map(api);
        KeywordSignalEndpoints.Map(api);
        ChecklistOperationEndpoints.Map(api);
        InsightEndpoints.Map(api);
        ComplianceEndpoints.Map(api);
        FollowUpEndpoints.Map(api);
        AlertsFeature.Map(endpoints, api);
        PlaybookSideEndpoints.Map(api);
        PropertyFieldEndpoints.Map(api);
        ConditionEndpoints.Map(api);
        CategoryEndpoints.Map(api);
        Suite.Playbooks.Runs.Autocomplete.RunAutocompleteEndpoints.Map(api);
        Suite.Playbooks.Settings.SettingsEndpoints.Map(api);
        api.MapFallback("{**path}", (HttpContext http) =>
            throw new AppErrorException(404, "api.playbooks.not_found", $"There is no Playbooks API endpoint at {http.Request.Method} {http.Request.Path}."));
    }
}
