using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Platform.Tests.Mediator.Widgets;

/// <summary>Two authorizers must both agree: one asynchronous, one not.</summary>
internal sealed record ArchiveWidget(string WidgetId, string OwnerId) : IRequest<string>;

internal sealed class WidgetOwnerAuthorizer : IRequestAuthorizer<ArchiveWidget>
{
    public async ValueTask AuthorizeAsync(ArchiveWidget request, ICurrentUser user, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (request.OwnerId != user.UserId)
        {
            throw AppErrorException.Forbidden("Only the widget's owner may archive it.");
        }
    }
}

internal sealed class UnlockedWidgetAuthorizer : IRequestAuthorizer<ArchiveWidget>
{
    public const string LockedWidgetId = "locked";

    public ValueTask AuthorizeAsync(ArchiveWidget request, ICurrentUser user, CancellationToken cancellationToken) =>
        request.WidgetId == LockedWidgetId ? throw AppErrorException.NotFound("widget") : ValueTask.CompletedTask;
}

internal sealed class ArchiveWidgetHandler(HandlerCalls calls) : IRequestHandler<ArchiveWidget, string>
{
    public Task<string> Handle(ArchiveWidget request, CancellationToken cancellationToken)
    {
        calls.Record(nameof(ArchiveWidget));
        return Task.FromResult($"archived {request.WidgetId}");
    }
}
