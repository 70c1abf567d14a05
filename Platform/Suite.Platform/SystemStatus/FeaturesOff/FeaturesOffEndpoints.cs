using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Mediator;

namespace Suite.Platform.SystemStatus.FeaturesOff;

/// <summary>
/// <c>GET /api/v4/plugins/webapp</c>, which Mattermost answers anyone: the web app plugins' manifests.
/// Suite's modules bring their own pages rather than bundles for Mattermost's web app, so there are none,
/// and Mattermost's apps load nothing extra.
/// </summary>
internal sealed record GetWebappPluginsRequest : IRequest<IReadOnlyList<object>>, IAnonymousRequest;

/// <summary>
/// <c>GET /api/v4/system/notices/{team_id}</c>, which the web app asks at start-up for product notices:
/// Suite shows none, as Mattermost with its notices switched off.
/// </summary>
internal sealed record GetProductNoticesRequest(string TeamId) : IRequest<IReadOnlyList<object>>;

internal sealed class GetProductNoticesValidator : AbstractValidator<GetProductNoticesRequest>
{
    public GetProductNoticesValidator() => RuleFor(r => r.TeamId).IsIdInUrl("team_id");
}

internal sealed class FeaturesOffHandlers : IRequestHandler<GetWebappPluginsRequest, IReadOnlyList<object>>, IRequestHandler<GetProductNoticesRequest, IReadOnlyList<object>>
{
    public Task<IReadOnlyList<object>> Handle(GetWebappPluginsRequest request, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<object>>([]);

    public Task<IReadOnlyList<object>> Handle(GetProductNoticesRequest request, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<object>>([]);
}

internal static class FeaturesOffEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v4/plugins/webapp", async (ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetWebappPluginsRequest(), cancellationToken)));
        endpoints.MapGet("/api/v4/system/notices/{team_id}", async (string team_id, ISender sender, CancellationToken cancellationToken) =>
            ApiResults.Ok(await sender.Send(new GetProductNoticesRequest(team_id), cancellationToken)));
    }
}
