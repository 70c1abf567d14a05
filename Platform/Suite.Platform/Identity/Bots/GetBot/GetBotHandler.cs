using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Bots.GetBot;

internal sealed class GetBotHandler(BotAccess access, ICurrentUser currentUser) : IRequestHandler<GetBotRequest, BotResponse>
{
    public async Task<BotResponse> Handle(GetBotRequest request, CancellationToken cancellationToken)
    {
        var bot = await access.RequireManageableAsync(request.BotUserId, currentUser, cancellationToken);
        return bot.DeleteAt != 0 && !request.IncludeDeleted ? throw BotErrors.NotFound() : bot;
    }
}
