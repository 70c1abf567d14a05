using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.CommandResponseUrl;

internal sealed class CommandResponseUrlHandler(CommandStore commands, ChannelStore channels, CommandReplies replies, IntegrationsOptions options, TimeProvider time)
    : IRequestHandler<CommandResponseUrlRequest, Unit>
{
    public async Task<Unit> Handle(CommandResponseUrlRequest request, CancellationToken cancellationToken)
    {
        var notBefore = (time.GetUtcNow() - options.ResponseUrlLifetime).ToUnixTimeMilliseconds();
        var use = (Ids.IsValid(request.ResponseUrlId) ? await commands.UseResponseUrlAsync(request.ResponseUrlId, notBefore, options.ResponseUrlUses, cancellationToken) : null)
            ?? throw new AppErrorException(400, "web.command_webhook.invalid.app_error", "Invalid webhook.");
        var command = await commands.FindAsync(use.CommandId, cancellationToken) ?? throw new AppErrorException(400, "web.command_webhook.invalid.app_error", "Invalid webhook.");
        var channel = await channels.FindAsync(use.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound();
        await replies.ApplyAsync(request.Response, channel, use.UserId, use.RootId, command, cancellationToken);
        return Unit.Value;
    }
}
