using System.Text.Json;

namespace Suite.Licensing.Portal;

/// <summary>The portal's answers: snake_case JSON; errors carry <c>message</c>, which Suite shows to the admin.</summary>
internal static class PortalResults
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static IResult Ok<T>(T value) => Results.Json(value, Json, "application/json", 200);

    public static IResult Error(int status, string message) =>
        Results.Json(new ErrorBody(message, status), Json, "application/json", status);

    private sealed record ErrorBody(string Message, int StatusCode);
}
