using Suite.Platform.Errors;

namespace Suite.Platform.Teams;

/// <summary>Team errors with Mattermost's ids.</summary>
internal static class TeamErrors
{
    public static AppErrorException NotFound() =>
        new(404, "app.team.get.find.app_error", "Unable to find the existing team.");

    public static AppErrorException NameExists() =>
        new(400, "app.team.save.existing.app_error", "A team with that name already exists.");

    public static AppErrorException MemberNotFound() =>
        new(404, "app.team.get_member.missing.app_error", "No team member found for that user ID and team ID.");
}
