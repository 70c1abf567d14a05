using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Suite.Boards.Web;

/// <summary>What the import and export dialogs share: the module's script, and the browser's reports of progress.</summary>
public abstract class ArchiveTransfer : BoardsComponent, IAsyncDisposable
{
    private IJSObjectReference? _script;
    private DotNetObjectReference<ArchiveTransfer>? _self;

    [Inject] private protected IJSRuntime Js { get; set; } = default!;

    /// <summary>Percent done while a transfer runs; null before one starts.</summary>
    private protected int? Percent { get; set; }

    private protected bool Running { get; set; }

    private protected async Task CallAsync(string function, params object?[] arguments)
    {
        _script ??= await Js.InvokeAsync<IJSObjectReference>("import", BoardsWebAssets.Root + "boards.js");
        _self ??= DotNetObjectReference.Create(this);
        Running = true;
        Error = null;
        await _script.InvokeVoidAsync(function, [.. arguments, _self]);
    }

    [JSInvokable]
    public Task OnProgress(int percent) => InvokeAsync(() =>
    {
        Percent = percent;
        StateHasChanged();
    });

    [JSInvokable]
    public Task OnFailed(string message) => InvokeAsync(() =>
    {
        Running = false;
        Percent = null;
        Error = message;
        StateHasChanged();
    });

    public async ValueTask DisposeAsync()
    {
        Dispose();
        _self?.Dispose();
        if (_script is not null)
        {
            try
            {
                await _script.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone; there is nothing to release there.
            }
        }

        GC.SuppressFinalize(this);
    }
}
