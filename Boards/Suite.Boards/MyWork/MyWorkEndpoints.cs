using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Boards.Api;
using Suite.Platform.Mediator;

namespace Suite.Boards.MyWork;

/// <summary>My work: <c>GET /teams/{teamID}/mywork</c>, Suite's own route beside Focalboard's.</summary>
internal static class MyWorkEndpoints
{
    private const int MaxOffsetSeconds = 14 * 3600;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/teams/{teamId}/mywork", async (string teamId, HttpContext http, ISender sender) =>
        {
            var text = http.Request.Query["time_zone_offset"].ToString();
            var offset = 0;
            if (text.Length > 0 && (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset) || Math.Abs(offset) > MaxOffsetSeconds))
            {
                throw BoardsErrors.BadRequest($"invalid `time_zone_offset` parameter: seconds east of UTC, from -{MaxOffsetSeconds} to {MaxOffsetSeconds}");
            }

            return BoardsJson.Ok(await sender.Send(new GetMyWorkRequest(teamId, TimeSpan.FromSeconds(offset)), http.RequestAborted));
        });
}
