using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.OutgoingWebhooks.GetOutgoingWebhooks;

internal sealed class GetOutgoingWebhooksHandler(IntegrationAccess access, OutgoingWebhookStore store, ChannelStore channels, IntegrationsOptions options)
    : IRequestHandler<GetOutgoingWebhooksRequest, IReadOnlyList<OutgoingWebhook>>
{
    public async Task<IReadOnlyList<OutgoingWebhook>> Handle(GetOutgoingWebhooksRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableOutgoingWebhooks)
        {
            throw IntegrationErrors.OutgoingDisabled();
        }

        var teamId = request.TeamId;
        if (request.ChannelId.Length > 0)
        {
            var channel = await channels.FindAsync(request.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound();
            if (teamId.Length > 0 && teamId != channel.TeamId)
            {
                return [];
            }

            teamId = channel.TeamId;
        }

        string? creatorOnly = access.UserId;
        if (teamId.Length > 0)
        {
            if (!await access.IsTeamMemberAsync(teamId, cancellationToken))
            {
                throw AppErrorException.Forbidden("Only members of the team may list its webhooks.");
            }

            if (await access.IsTeamAdminAsync(teamId, cancellationToken))
            {
                creatorOnly = null;
            }
        }
        else if (access.IsSystemAdmin)
        {
            creatorOnly = null;
        }

        return await store.ListAsync(teamId, request.ChannelId, creatorOnly, request.Page * request.PerPage, request.PerPage, cancellationToken);
    }
}
