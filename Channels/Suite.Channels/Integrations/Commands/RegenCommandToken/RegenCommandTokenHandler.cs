using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.RegenCommandToken;

internal sealed class RegenCommandTokenHandler(CommandStore store, CommandAccess access, TimeProvider time) : IRequestHandler<RegenCommandTokenRequest, RegeneratedToken>
{
    public async Task<RegeneratedToken> Handle(RegenCommandTokenRequest request, CancellationToken cancellationToken)
    {
        var command = await access.RequireManageableAsync(request.CommandId, hideRefusal: false, cancellationToken);
        var token = Ids.New();
        await store.UpdateAsync(command with { Token = token, UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken);
        return new RegeneratedToken(token);
    }
}
