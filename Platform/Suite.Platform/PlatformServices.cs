using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Configuration;
using Suite.Platform.Identity.AccessTokens.CreateAccessToken;
using Suite.Platform.Identity.AccessTokens.GetAccessToken;
using Suite.Platform.Identity.AccessTokens.GetAccessTokens;
using Suite.Platform.Identity.AccessTokens.RevokeAccessToken;
using Suite.Platform.Identity.AccessTokens.UpdateAccessTokenActive;
using Suite.Platform.Identity.Bots;
using Suite.Platform.Identity.Bots.AssignBot;
using Suite.Platform.Identity.Bots.CreateBot;
using Suite.Platform.Identity.Bots.GetBot;
using Suite.Platform.Identity.Bots.GetBots;
using Suite.Platform.Identity.Bots.PatchBot;
using Suite.Platform.Identity.Bots.UpdateBotActive;
using Suite.Platform.Identity.Preferences;
using Suite.Platform.Identity.Preferences.DeletePreferences;
using Suite.Platform.Identity.Preferences.GetPreferences;
using Suite.Platform.Identity.Preferences.UpdatePreferences;
using Suite.Platform.Identity.Sessions;
using Suite.Platform.Identity.Sessions.AttachDevice;
using Suite.Platform.Identity.Users;
using Suite.Platform.Identity.Users.CreateUser;
using Suite.Platform.Identity.Users.DeactivateUser;
using Suite.Platform.Identity.Users.GetUser;
using Suite.Platform.Identity.Users.GetUserByUsername;
using Suite.Platform.Identity.Users.GetUsers;
using Suite.Platform.Identity.Users.GetUsersByIds;
using Suite.Platform.Identity.Users.GetUsersByUsernames;
using Suite.Platform.Identity.Users.Login;
using Suite.Platform.Identity.Users.Logout;
using Suite.Platform.Identity.Users.PatchUser;
using Suite.Platform.Identity.Users.SearchUsers;
using Suite.Platform.Identity.Users.UpdateUserActive;
using Suite.Platform.Teams;
using Suite.Platform.Teams.AddTeamMember;
using Suite.Platform.Teams.CreateTeam;
using Suite.Platform.Teams.GetTeam;
using Suite.Platform.Teams.GetTeamByName;
using Suite.Platform.Teams.GetTeamMember;
using Suite.Platform.Teams.GetTeamMembers;
using Suite.Platform.Teams.GetTeams;
using Suite.Platform.Teams.GetTeamStats;
using Suite.Platform.Teams.GetUserTeamMembers;
using Suite.Platform.Teams.GetUserTeams;
using Suite.Platform.Teams.RemoveTeamMember;
using Suite.Platform.Teams.TeamExists;

namespace Suite.Platform;

/// <summary>The Platform's own features (identity, teams, realtime): their services and endpoints.</summary>
internal static class PlatformServices
{
    private const int MinimumPasswordHashIterations = 1000;

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var users = services.AddLiveOptions<UserOptions>(configuration, "Suite:Users");
        var sessions = configuration.GetSection("Suite:Sessions").Get<SessionLifetimeOptions>() ?? new SessionLifetimeOptions();
        var rateLimits = configuration.GetSection("Suite:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (users.PasswordMinimumLength is < 1 or > UserRules.PasswordMaxLength)
        {
            throw new InvalidOperationException($"Suite:Users:PasswordMinimumLength must be between 1 and {UserRules.PasswordMaxLength}.");
        }

        if (users.PasswordHashIterations < MinimumPasswordHashIterations)
        {
            throw new InvalidOperationException($"Suite:Users:PasswordHashIterations must be at least {MinimumPasswordHashIterations}.");
        }

        if (sessions.LengthHours < 1)
        {
            throw new InvalidOperationException("Suite:Sessions:LengthHours must be at least 1.");
        }

        services.AddSingleton(sessions);
        services.AddSingleton(rateLimits);
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SessionCache>();
        services.AddSingleton<ISessionStore, CachedSessionStore>();
        services.AddHostedService<SessionChangeListener>();
        services.AddLiveOptions<BotOptions>(configuration, "Suite:Bots");
        services.AddSingleton<BotAccess>();
        services.AddSingleton<UserPasswords>();
        services.AddSingleton<LoginRateLimiter>();
        services.AddSingleton<ITeamMembership, TeamMembership>();
        services.AddSingleton<Identity.IUserDirectory, Identity.UserDirectory>();
        services.AddSingleton<Identity.IBackgroundActor, Identity.BackgroundActor>();
        services.AddSingleton<Identity.INotificationRecipients, Identity.NotificationRecipients>();
        services.AddSingleton<PreferenceStore>();
        services.AddSingleton<Identity.IUserPreferences>(sp => sp.GetRequiredService<PreferenceStore>());
        services.AddSingleton<Teams.TeamDirectory>();
        services.AddSingleton<Teams.ITeamDirectory>(sp => sp.GetRequiredService<Teams.TeamDirectory>());
        services.AddSingleton<Realtime.ITeamAudience>(sp => sp.GetRequiredService<Teams.TeamDirectory>());
        services.AddConfigSettings(
            new ConfigSetting("ServiceSettings", "EnableBotAccountCreation", "Suite:Bots:EnableBotAccountCreation", ConfigValueKind.Boolean, "true") { Client = ClientExposure.Everyone },
            new ConfigSetting("PasswordSettings", "MinimumLength", "Suite:Users:PasswordMinimumLength", ConfigValueKind.WholeNumber, "8")
            {
                Client = ClientExposure.Everyone, ClientName = "PasswordMinimumLength", Minimum = 1, Maximum = UserRules.PasswordMaxLength,
            });
        ConfigurationServices.Add(services);
        Realtime.RealtimeServices.Add(services, configuration);
        Presence.PresenceServices.Add(services, configuration);
        Files.FileServices.Add(services, configuration);
        services.AddSingleton<Identity.Users.ProfileImage.ProfileImages>();
        services.AddSingleton<Identity.Users.UserUpdatedEvents>();
        services.AddSingleton<Teams.TeamSettings.TeamRowUpdates>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CreateUserEndpoint.Map(endpoints);
        LoginEndpoint.Map(endpoints);
        LogoutEndpoint.Map(endpoints);
        GetUserEndpoint.Map(endpoints);
        GetUserByUsernameEndpoint.Map(endpoints);
        Identity.Users.GetUserByEmail.GetUserByEmailEndpoint.Map(endpoints);
        Identity.Users.ProfileImage.ProfileImageEndpoints.Map(endpoints);
        Identity.Sessions.UserSessions.UserSessionEndpoints.Map(endpoints);
        GetUsersByIdsEndpoint.Map(endpoints);
        GetUsersByUsernamesEndpoint.Map(endpoints);
        GetUsersEndpoint.Map(endpoints);
        SearchUsersEndpoint.Map(endpoints);
        PatchUserEndpoint.Map(endpoints);
        DeactivateUserEndpoint.Map(endpoints);
        UpdateUserActiveEndpoint.Map(endpoints);
        AttachDeviceEndpoint.Map(endpoints);
        GetPreferencesEndpoint.Map(endpoints);
        UpdatePreferencesEndpoint.Map(endpoints);
        DeletePreferencesEndpoint.Map(endpoints);

        CreateAccessTokenEndpoint.Map(endpoints);
        GetAccessTokensEndpoint.Map(endpoints);
        GetAccessTokenEndpoint.Map(endpoints);
        RevokeAccessTokenEndpoint.Map(endpoints);
        UpdateAccessTokenActiveEndpoint.Map(endpoints);

        ConfigEndpoints.Map(endpoints);

        CreateBotEndpoint.Map(endpoints);
        GetBotsEndpoint.Map(endpoints);
        GetBotEndpoint.Map(endpoints);
        PatchBotEndpoint.Map(endpoints);
        UpdateBotActiveEndpoint.Map(endpoints);
        AssignBotEndpoint.Map(endpoints);

        CreateTeamEndpoint.Map(endpoints);
        GetTeamsEndpoint.Map(endpoints);
        GetTeamEndpoint.Map(endpoints);
        GetTeamByNameEndpoint.Map(endpoints);
        TeamExistsEndpoint.Map(endpoints);
        GetUserTeamsEndpoint.Map(endpoints);
        GetUserTeamMembersEndpoint.Map(endpoints);
        AddTeamMemberEndpoint.Map(endpoints);
        RemoveTeamMemberEndpoint.Map(endpoints);
        GetTeamMembersEndpoint.Map(endpoints);
        GetTeamMemberEndpoint.Map(endpoints);
        GetTeamStatsEndpoint.Map(endpoints);
        Teams.PatchTeam.PatchTeamEndpoint.Map(endpoints);
        Teams.TeamSettings.TeamSettingsEndpoints.Map(endpoints);
        Teams.UpdateTeamMemberRoles.UpdateTeamMemberRolesEndpoint.Map(endpoints);
        Teams.AddTeamMembers.AddTeamMembersEndpoint.Map(endpoints);
        Teams.DeleteTeam.DeleteTeamEndpoint.Map(endpoints);
        Teams.TeamIcon.TeamIconEndpoints.Map(endpoints);
        Identity.Roles.GetRolesEndpoint.Map(endpoints);
        SystemStatus.Limits.ServerLimitsEndpoint.Map(endpoints);
        SystemStatus.FeaturesOff.FeaturesOffEndpoints.Map(endpoints);
        Realtime.RealtimeServices.MapEndpoints(endpoints);
        Presence.PresenceServices.MapEndpoints(endpoints);
    }
}
