using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Suite.Platform.Api;

namespace Suite.Boards.Api;

/// <summary>Focalboard's JSON: camelCase names, <c>application/json</c>, 200 for every success.</summary>
internal static class BoardsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = false,
    };

    public static Task<T> ReadAsync<T>(HttpContext http) => http.ReadBodyAsync<T>(Options);

    public static IResult Ok<T>(T value) => TypedResults.Json(value, Options, ApiJson.ContentType, StatusCodes.Status200OK);

    /// <summary>Focalboard's answer to a delete, a leave and other changes without a body: <c>{}</c>.</summary>
    public static IResult Empty() => TypedResults.Text("{}", ApiJson.ContentType, statusCode: StatusCodes.Status200OK);

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
