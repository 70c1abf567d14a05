using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Keywords;

/// <summary>
/// The prompt's text, Mattermost's wording plus how to start each playbook without the buttons, and its
/// props: the buttons Mattermost's clients show.
/// </summary>
internal static class KeywordPromptMessage
{
    public static string Text(IReadOnlyList<Playbook> playbooks, IReadOnlyList<string> triggers)
    {
        var triggerText = triggers.Count == 1 ? $"`{triggers[0]}` is a trigger" : $"`{string.Join("`, `", triggers)}` are triggers";
        if (playbooks.Count == 1)
        {
            var playbook = playbooks[0];
            return $"{triggerText} for the {Link(playbook)} playbook, would you like to run it?\n\nStart it with `/playbook run {playbook.Id}`.";
        }

        var choices = string.Join("\n", playbooks.Select(p => $"- {Link(p)}: `/playbook run {p.Id}`"));
        return $"{triggerText} for the multiple playbooks, would you like to run one of them?\n\n{choices}";
    }

    public static Dictionary<string, object> Props(IReadOnlyList<Playbook> playbooks, string triggerPostId)
    {
        const string SignalRoot = PlaybooksModule.ApiRoot + "/signal/keywords";
        object run = playbooks.Count == 1
            ? new
            {
                id = "runPlaybookButton",
                name = "Yes, run playbook",
                type = "button",
                style = "primary",
                integration = new { url = $"{SignalRoot}/run-playbook", context = new Dictionary<string, string> { ["postID"] = triggerPostId, ["selected_option"] = playbooks[0].Id } },
            }
            : new
            {
                id = "playbookChooser",
                name = "Select a playbook to run",
                type = "select",
                style = "primary",
                integration = new { url = $"{SignalRoot}/run-playbook", context = new Dictionary<string, string> { ["postID"] = triggerPostId } },
                options = playbooks.Select(p => new { text = p.Title, value = p.Id }).ToArray(),
            };
        var ignore = new
        {
            id = "ignoreKeywordsButton",
            name = "No, ignore thread",
            type = "button",
            integration = new { url = $"{SignalRoot}/ignore-thread", context = new Dictionary<string, string> { ["postID"] = triggerPostId } },
        };
        return new Dictionary<string, object>
        {
            ["from_plugin"] = "true",
            ["attachments"] = new[] { new { text = "Open Channel Actions in the channel header to view and edit keywords.", actions = new[] { run, ignore } } },
        };
    }

    private static string Link(Playbook playbook) => $"[{playbook.Title}](/playbooks/playbooks/{playbook.Id})";
}
