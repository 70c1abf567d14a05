using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Boards.Notifications;

/// <summary>
/// Posts as the Boards bot through Channels.Contracts. A notice that cannot be delivered (the recipient gone,
/// Channels refusing) is logged and dropped: it never fails the change that caused it.
/// </summary>
internal sealed class BoardsMessenger(BoardsBot bot, ISender sender, ILogger<BoardsMessenger> logger)
{
    public async Task<bool> DirectAsync(string toUserId, string message, string? propsJson, CancellationToken cancellationToken)
    {
        try
        {
            var botId = await bot.UserIdAsync(cancellationToken);
            await sender.Send(new SendDirectMessage { FromUserId = botId, ToUserId = toUserId, Message = message, PropsJson = propsJson }, cancellationToken);
            return true;
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("A Boards notice to {User} was not delivered: {Reason}", toUserId, ex.Message);
            return false;
        }
    }

    public async Task ChannelAsync(string channelId, string message, CancellationToken cancellationToken)
    {
        try
        {
            var botId = await bot.UserIdAsync(cancellationToken);
            await sender.Send(new CreatePost { ChannelId = channelId, UserId = botId, Message = message, FromWebhook = true }, cancellationToken);
        }
        catch (AppErrorException ex)
        {
            logger.LogWarning("A Boards message to channel {Channel} was not posted: {Reason}", channelId, ex.Message);
        }
    }
}
