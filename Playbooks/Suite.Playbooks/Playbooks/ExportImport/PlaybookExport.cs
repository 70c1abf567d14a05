using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Playbooks.PropertyFields;

namespace Suite.Playbooks.Playbooks.ExportImport;

/// <summary>
/// Mattermost's playbook export file: the playbook's server-independent fields (no ids, team,
/// members, webhooks or invitations), its checklists' text and its metrics, with a <c>version</c>,
/// and the run attributes it defines as <c>properties</c>. Zero values are left out, as Mattermost
/// writes them, and read back as zero.
/// </summary>
internal static class PlaybookExport
{
    public const int Version = 1;

    // The fields Mattermost's Playbook, Checklist, ChecklistItem and metric types tag for export.
    private static readonly string[] PlaybookFields =
    [
        "title", "description", "reminder_message_template", "reminder_timer_default_seconds", "status_update_enabled",
        "message_on_join", "message_on_join_enabled", "retrospective_reminder_interval_seconds", "retrospective_template",
        "retrospective_enabled", "signal_any_keywords", "signal_any_keywords_enabled", "categorize_channel_enabled", "category_name",
        "run_summary_template_enabled", "run_summary_template", "channel_name_template", "channel_id", "channel_mode", "run_number_prefix",
        "owner_group_only_actions", "new_channel_only", "auto_archive_channel", "create_channel_member_on_new_participant",
        "remove_channel_member_on_removed_participant",
    ];

    private static readonly string[] ChecklistFields = ["title"];

    private static readonly string[] ItemFields = ["title", "assignee_type", "assignee_property_field_id", "command", "description", "due_date", "condition_id", "condition_action"];

    private static readonly string[] MetricFields = ["title", "description", "type", "target"];

    public static JsonObject Write(Playbook playbook, IReadOnlyList<PropertyField> properties)
    {
        var source = Node(playbook);
        var export = Pick(source, PlaybookFields);
        export["version"] = Version;
        export["checklists"] = new JsonArray(source["checklists"]!.AsArray().Select(c => (JsonNode)WriteChecklist(c!.AsObject())).ToArray());
        export["metrics"] = new JsonArray(source["metrics"]!.AsArray().Select(m => (JsonNode)Pick(m!.AsObject(), MetricFields)).ToArray());
        if (properties.Count > 0)
        {
            export["properties"] = new JsonArray(properties.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id,
                ["name"] = p.Name,
                ["type"] = p.Type,
                ["attrs"] = JsonSerializer.SerializeToNode(p.Attrs, ApiJson.Options),
            }).ToArray());
        }

        return export;
    }

    /// <summary>The playbook a file describes, with only the exported fields taken from it; 400 for anything else.</summary>
    public static ImportedPlaybook Read(JsonObject file)
    {
        if (file["version"] is not JsonValue version || !version.TryGetValue<int>(out var number) || number != Version)
        {
            throw AppErrorException.InvalidBody("version", $"Unsupported import version: this server reads version {Version} files.");
        }

        if (file["id"] is JsonValue id && id.TryGetValue<string>(out var text) && text.Length > 0)
        {
            throw AppErrorException.InvalidBody("id", "A playbook import must not have an id.");
        }

        var playbook = ZeroFilled(Pick(file, PlaybookFields, keepZero: true));
        playbook["checklists"] = PickEach(file, "checklists", checklist =>
        {
            var picked = Pick(checklist, ChecklistFields, keepZero: true);
            picked["items"] = PickEach(checklist, "items", item => Pick(item, ItemFields, keepZero: true));
            return picked;
        });
        playbook["metrics"] = PickEach(file, "metrics", metric => Pick(metric, MetricFields, keepZero: true));
        return new ImportedPlaybook(Deserialize<Playbook>(playbook, "playbook"), Deserialize<List<PropertyField>>(file["properties"] ?? new JsonArray(), "properties"));
    }

    private static JsonObject Node(Playbook playbook) => JsonSerializer.SerializeToNode(playbook, ApiJson.Options)!.AsObject();

    private static JsonObject WriteChecklist(JsonObject checklist)
    {
        var export = Pick(checklist, ChecklistFields);
        export["items"] = new JsonArray(checklist["items"]!.AsArray().Select(i => (JsonNode)Pick(i!.AsObject(), ItemFields)).ToArray());
        return export;
    }

    private static JsonObject Pick(JsonObject source, string[] fields, bool keepZero = false)
    {
        var picked = new JsonObject();
        foreach (var field in fields)
        {
            if (source[field] is { } value && (keepZero || !IsZero(value)))
            {
                picked[field] = value.DeepClone();
            }
        }

        return picked;
    }

    private static JsonArray PickEach(JsonObject source, string field, Func<JsonObject, JsonObject> pick) => source[field] switch
    {
        null => [],
        JsonArray array => new JsonArray(array.Select(e => (JsonNode)pick(e as JsonObject ?? throw AppErrorException.InvalidBody(field, $"{field} must hold objects."))).ToArray()),
        _ => throw AppErrorException.InvalidBody(field, $"{field} must be a list."),
    };

    // Mattermost leaves zero values out of the file, so a missing flag or number means false or 0
    // here too, not this server's default for a new playbook (status updates on, a day's reminder).
    private static JsonObject ZeroFilled(JsonObject playbook)
    {
        foreach (var (name, value) in Node(new Playbook()).Where(p => PlaybookFields.Contains(p.Key) && !playbook.ContainsKey(p.Key)))
        {
            switch (value?.GetValueKind())
            {
                case JsonValueKind.True or JsonValueKind.False:
                    playbook[name] = false;
                    break;
                case JsonValueKind.Number:
                    playbook[name] = 0;
                    break;
            }
        }

        return playbook;
    }

    private static bool IsZero(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.String => value.GetValue<string>().Length == 0,
        JsonValueKind.Number => value.GetValue<JsonElement>().GetDouble() == 0,
        JsonValueKind.Array => value.AsArray().Count == 0,
        _ => false,
    };

    private static T Deserialize<T>(JsonNode node, string what)
    {
        try
        {
            return node.Deserialize<T>(ApiJson.Options) ?? throw AppErrorException.InvalidBody(what, $"{what} must not be null.");
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : what;
            throw AppErrorException.InvalidBody(field, $"Invalid value for {field} in the import file.");
        }
    }
}

/// <summary>What an import file holds: the playbook and the run attributes it defines.</summary>
internal sealed record ImportedPlaybook(Playbook Playbook, List<PropertyField> Properties);
