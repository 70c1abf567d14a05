using Suite.Platform.Errors;

namespace Suite.Playbooks.Playbooks;

internal static class PlaybookErrors
{
    public static AppErrorException NotFound() => new(404, "app.playbook.not_found", "Playbook not found.");

    public static AppErrorException Archived() => new(400, "app.playbook.archived", "The playbook is archived; restore it first.");
}
