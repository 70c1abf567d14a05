using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Realtime;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;
using Suite.Platform.Web;

namespace Suite.Boards.Web;

/// <summary>
/// What every Boards screen shares: the mediator requests the API sends, as the circuit's user; refusals
/// shown in place; usernames for ids; and board changes from the <c>custom_focalboard_UPDATE_BOARD</c>
/// events Mattermost's Boards plugin sends.
/// </summary>
public abstract class BoardsComponent : ComponentBase, IDisposable
{
    private readonly Dictionary<string, string> _usernames = new(StringComparer.Ordinal);
    private IDisposable? _subscription;
    private Task _lastChange = Task.CompletedTask;

    [Inject] private protected ISender Sender { get; set; } = default!;

    [Inject] private protected ICircuitUser User { get; set; } = default!;

    [Inject] private IRealtimeSubscriptions Realtime { get; set; } = default!;

    /// <summary>The last refusal, in the server's words; shown by the screen.</summary>
    private protected string? Error { get; set; }

    /// <summary>
    /// Runs a change the user asked for, after the component's earlier ones (clicks and keys come faster than the
    /// server answers, and a later change must not be overtaken by an earlier one); a refusal becomes
    /// <see cref="Error"/> instead of failing the page.
    /// </summary>
    private protected async Task<bool> RunAsync(Func<Task> action)
    {
        var earlier = _lastChange;
        var turn = new TaskCompletionSource();
        _lastChange = turn.Task;
        try
        {
            await earlier;
            return await TryAsync(action);
        }
        finally
        {
            turn.SetResult();
        }
    }

    private async Task<bool> TryAsync(Func<Task> action)
    {
        Error = null;
        try
        {
            await action();
            return true;
        }
        catch (AppErrorException ex)
        {
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

    /// <summary>Reads the usernames <paramref name="data"/> is missing.</summary>
    private protected async Task LoadUsernamesAsync(Model.BoardData data)
    {
        var missing = data.UserIds().Where(id => !data.Usernames.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var user in await Sender.Send(new GetUsersByIdsRequest(missing)))
            {
                data.Usernames[user.Id] = user.Username;
            }
        }
    }

    private protected string Username(string userId) => _usernames.GetValueOrDefault(userId, userId.Length == 0 ? "" : "someone");

    /// <summary>
    /// Calls <paramref name="onBoard"/> or <paramref name="onBlock"/> on the component's turn, as the user, for every
    /// board or block change the user hears of (the board's members and its linked channel's members hear them).
    /// </summary>
    private protected void FollowBoards(Func<Board, Task> onBoard, Func<Block, Task> onBlock, Func<string, Task>? onMember = null) =>
        Follow(User.UserId, onBoard, onBlock, onMember);

    /// <summary>The same for the readers of a board's read-only link, who are not signed in: its board and block changes.</summary>
    private protected void FollowSharedBoard(string boardId, Func<Board, Task> onBoard, Func<Block, Task> onBlock) =>
        Follow(Sharing.SharedBoardAudience.KeyOf(boardId), onBoard, onBlock, null);

    /// <summary>Stops hearing of changes (a shared board whose link was turned off).</summary>
    private protected void Unfollow()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private void Follow(string audience, Func<Board, Task> onBoard, Func<Block, Task> onBlock, Func<string, Task>? onMember)
    {
        _subscription ??= Realtime.Subscribe(audience, e =>
        {
            if (e.Event != BoardBroadcaster.EventName || e.Data.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            var change = Read(e.Data);
            if (change is null)
            {
                return;
            }

            _ = InvokeAsync(async () =>
            {
                using (User.ActAsUser())
                {
                    switch (change)
                    {
                        case Board board:
                            await onBoard(board);
                            break;
                        case Block block:
                            await onBlock(block);
                            break;
                        case string boardId when onMember is not null:
                            await onMember(boardId);
                            break;
                    }
                }

                StateHasChanged();
            });
        });
    }

    private static object? Read(JsonElement data)
    {
        try
        {
            if (data.TryGetProperty("block", out var block))
            {
                return block.Deserialize<Block>(BoardsJson.Options);
            }

            if (data.TryGetProperty("board", out var board))
            {
                return board.Deserialize<Board>(BoardsJson.Options);
            }

            return data.TryGetProperty("member", out var member) && member.TryGetProperty("boardId", out var boardId) ? boardId.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
