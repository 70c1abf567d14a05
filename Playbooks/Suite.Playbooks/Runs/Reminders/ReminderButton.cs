namespace Suite.Playbooks.Runs.Reminders;

/// <summary>The reminder's "Update status" button: a message attachment action calling <c>/runs/{id}/reminder/button-update</c>, as Mattermost's.</summary>
internal static class ReminderButton
{
    public static string Url(string runId) => $"{PlaybooksModule.ApiRoot}/runs/{runId}/reminder/button-update";

    public static object[] Attachments(string runId) =>
    [
        new Dictionary<string, object>
        {
            ["actions"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["id"] = "updatestatus",
                    ["type"] = "button",
                    ["name"] = "Update status",
                    ["integration"] = new Dictionary<string, object> { ["url"] = Url(runId) },
                },
            },
        },
    ];
}
