using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;
using Suite.Platform.Web;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Web;

/// <summary>
/// What every Playbooks screen shares: the mediator requests the API sends, as the circuit's user;
/// refusals shown in place; usernames for ids; and run changes from the realtime events Mattermost's
/// Playbooks plugin sends.
/// </summary>
public abstract class PlaybooksComponent : ComponentBase, IDisposable
{
    private readonly Dictionary<string, string> _usernames = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    [Inject] private protected ISender Sender { get; set; } = default!;

    [Inject] private protected ICircuitUser User { get; set; } = default!;

    [Inject] private IRealtimeSubscriptions Realtime { get; set; } = default!;

    /// <summary>The last refusal, in the server's words; shown by the screen.</summary>
    private protected string? Error { get; set; }

    /// <summary>Runs a change the user asked for; a refusal becomes <see cref="Error"/> instead of failing the page.</summary>
    private protected async Task<bool> RunAsync(Func<Task> action)
    {
        Error = null;
        try
        {
            await action();
            return true;
        }
        catch (AppErrorException ex)
        {
            // The detail says why (which rule, which field); the message alone is often only "not allowed".
            Error = ex.Error.DetailedError.Length > 0 ? $"{ex.Error.Message} {ex.Error.DetailedError}" : ex.Error.Message;
        }
        catch (OperationCanceledException)
        {
            Error = "The request took too long. Please try again.";
        }

        return false;
    }

    private protected async Task LoadUsernamesAsync(IEnumerable<string> userIds)
    {
        var missing = userIds.Where(id => id.Length > 0 && !_usernames.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var user in await Sender.Send(new GetUsersByIdsRequest(missing)))
            {
                _usernames[user.Id] = user.Username;
            }
        }
    }

    private protected string Username(string userId) => _usernames.GetValueOrDefault(userId, "someone");

    /// <summary>
    /// Calls <paramref name="onRunChanged"/> (run id, run channel id) on the page's turn, as the user, whenever a run the user
    /// hears of is created or changes. Runs are announced to their channel's members.
    /// </summary>
    private protected void FollowRuns(Func<string, string, Task> onRunChanged)
    {
        _subscription ??= Realtime.Subscribe(User.UserId, e =>
        {
            if (e.Event is not (RunBroadcaster.Created or RunBroadcaster.Updated))
            {
                return;
            }

            var (runId, channelId) = RunOf(e.Event, e.Data);
            _ = InvokeAsync(async () =>
            {
                using (User.ActAsUser())
                {
                    await onRunChanged(runId, channelId);
                }

                StateHasChanged();
            });
        });
    }

    private protected static string Time(long milliseconds) => milliseconds == 0
        ? ""
        : DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The run an event is about: the payload itself when updated, its <c>playbook_run</c> when created.</summary>
    private static (string RunId, string ChannelId) RunOf(string eventName, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.String)
        {
            return ("", "");
        }

        using var document = JsonDocument.Parse(payload.GetString()!);
        var run = document.RootElement;
        if (eventName == RunBroadcaster.Created && !run.TryGetProperty("playbook_run", out run))
        {
            return ("", "");
        }

        string Text(string name) => run.ValueKind == JsonValueKind.Object && run.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        return (Text("id"), Text("channel_id"));
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
