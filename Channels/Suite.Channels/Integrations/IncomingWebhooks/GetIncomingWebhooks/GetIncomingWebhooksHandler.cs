using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.IncomingWebhooks.GetIncomingWebhooks;

internal sealed class GetIncomingWebhooksHandler(IntegrationAccess access, IncomingWebhookStore store, IntegrationsOptions options)
    : IRequestHandler<GetIncomingWebhooksRequest, object>
{
    public async Task<object> Handle(GetIncomingWebhooksRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableIncomingWebhooks)
        {
            throw IntegrationErrors.IncomingDisabled();
        }

        string? ownerOnly = access.UserId;
        if (request.TeamId.Length > 0)
        {
            if (!await access.IsTeamMemberAsync(request.TeamId, cancellationToken))
            {
                throw AppErrorException.Forbidden("Only members of the team may list its webhooks.");
            }

            if (await access.IsTeamAdminAsync(request.TeamId, cancellationToken))
            {
                ownerOnly = null;
            }
        }
        else if (access.IsSystemAdmin)
        {
            ownerOnly = null;
        }

        var hooks = await store.ListAsync(request.TeamId, ownerOnly, request.Page * request.PerPage, request.PerPage, cancellationToken);
        return request.IncludeTotalCount
            ? new IncomingWebhookPage(hooks, await store.CountAsync(request.TeamId, ownerOnly, cancellationToken))
            : hooks;
    }
}
