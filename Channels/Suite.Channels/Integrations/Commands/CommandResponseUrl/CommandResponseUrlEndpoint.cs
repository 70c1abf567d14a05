using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.CommandResponseUrl;

internal static class CommandResponseUrlEndpoint
{
    public static void MapCommandResponseUrl(this IEndpointRouteBuilder root) =>
        root.MapPost("/hooks/commands/{id}", async (string id, HttpContext http, ISender sender) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed.MediaType.ToString() : "";
            var response = CustomCommandCaller.Parse(body, mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ? "application/json" : mediaType);
            await sender.Send(new CommandResponseUrlRequest(id, response), http.RequestAborted);
            return Results.Text("ok", "text/plain", Encoding.UTF8);
        });
}
