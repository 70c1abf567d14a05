using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Playbooks.Api;

/// <summary>
/// Mattermost's interactive dialog submission (<c>SubmitDialogRequest</c>), as its web app posts it to the
/// plugin's <c>*-dialog</c> routes: <c>{type, callback_id, state, user_id, channel_id, team_id, submission, cancelled}</c>.
/// <see cref="State"/> is the JSON the dialog was opened with; <see cref="Submission"/> maps each element's name to its value.
/// </summary>
internal sealed record DialogSubmission(
    string? Type,
    string? CallbackId,
    string? State,
    string? UserId,
    string? ChannelId,
    string? TeamId,
    Dictionary<string, JsonElement>? Submission,
    bool Cancelled)
{
    /// <summary>
    /// Reads the submission from the body. When <paramref name="submitter"/> is given, a signed-in caller must be the
    /// dialog's user, as the plugin requires (400); a caller not signed in is left to the request's own 401.
    /// </summary>
    public static async Task<DialogSubmission> ReadAsync(HttpContext http, ICurrentUser? submitter = null)
    {
        var dialog = await http.ReadBodyAsync<DialogSubmission>();
        if (submitter is { IsAuthenticated: true } && dialog.UserId != submitter.UserId)
        {
            throw AppErrorException.InvalidBody("user_id", "The dialog's user must be the one submitting it.");
        }

        return dialog;
    }

    /// <summary>The dialog's state, which must be JSON of <typeparamref name="T"/> (400 otherwise, as the plugin).</summary>
    public T ReadState<T>()
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(State ?? "", ApiJson.Options) ?? throw AppErrorException.InvalidBody("state");
        }
        catch (JsonException)
        {
            throw AppErrorException.InvalidBody("state");
        }
    }

    /// <summary>A text element's value; empty when absent or not text, as the plugin reads them.</summary>
    public string Text(string name) => Value(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "";

    /// <summary>A text element that, when present, must be text (400 naming it otherwise).</summary>
    public string StrictText(string name) => Value(name) switch
    {
        null => "",
        { ValueKind: JsonValueKind.String } value => value.GetString()!,
        _ => throw AppErrorException.InvalidBody($"submission.{name}", $"{name} must be a string."),
    };

    /// <summary>A whole number sent as text, as Mattermost's select elements send it; 0 when absent.</summary>
    public long Number(string name)
    {
        var text = StrictText(name);
        return text.Length == 0 ? 0
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
            : throw AppErrorException.InvalidBody($"submission.{name}", $"{name} must be a whole number.");
    }

    /// <summary>A boolean element's value; false when absent or not a boolean.</summary>
    public bool Flag(string name) => Value(name) is { ValueKind: JsonValueKind.True };

    private JsonElement? Value(string name) => Submission is not null && Submission.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Mattermost's <c>SubmitDialogResponse</c>, answered with 200 where the plugin lets the dialog show a problem
/// instead of failing the request: <c>{"error": "..."}</c> for the dialog, <c>{"errors": {element: "..."}}</c> per element.
/// </summary>
internal sealed record DialogResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Errors)
{
    public static IResult ForDialog(string error) => ApiResults.Ok(new DialogResponse(error, null));

    public static IResult ForElement(string element, string error) => ApiResults.Ok(new DialogResponse(null, new Dictionary<string, string> { [element] = error }));
}
