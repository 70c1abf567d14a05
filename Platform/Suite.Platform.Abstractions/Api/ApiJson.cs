using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Suite.Platform.Errors;

namespace Suite.Platform.Api;

/// <summary>Mattermost's JSON conventions: snake_case names, exact <c>application/json</c> content type.</summary>
public static class ApiJson
{
    /// <summary>The content type Mattermost's client compares with <c>===</c>: no charset suffix.</summary>
    public const string ContentType = "application/json";

    /// <summary>Largest JSON body an API endpoint reads, in bytes.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Serializer options for every API body.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = false,
    };

    /// <summary>Reads the body as <typeparamref name="T"/>; bad JSON, wrong types, an empty or oversized body become 400.</summary>
    public static Task<T> ReadBodyAsync<T>(this HttpContext http, string parameter = "body") => http.ReadBodyAsync<T>(Options, parameter);

    /// <summary>
    /// Reads the body as <typeparamref name="T"/> with other serializer options (a plugin API with its own
    /// naming, such as Boards' camelCase); bad JSON, wrong types, an empty or oversized body become 400.
    /// </summary>
    public static async Task<T> ReadBodyAsync<T>(this HttpContext http, JsonSerializerOptions options, string parameter = "body")
    {
        ArgumentNullException.ThrowIfNull(http);
        // A declared oversized body is refused unread, under the server's own limit, so the server
        // can drain it and the client still reads the 400; only bodies of unknown length get the
        // tighter limit, which stops them mid-stream.
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }

        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false } && http.Request.ContentLength is null)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, options, http.RequestAborted);
            return value ?? throw AppErrorException.InvalidBody(parameter, "The body is empty or null.");
        }
        catch (JsonException ex)
        {
            throw AppErrorException.InvalidBody(parameter, ex.Path is { Length: > 1 } path ? $"Invalid JSON at {path[2..]}: {FirstSentence(ex.Message)}" : FirstSentence(ex.Message));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
    }

    private static AppErrorException TooLarge() =>
        new(400, "api.context.request_body_too_large.app_error", $"The request body is larger than {MaxBodyBytes / 1024} KB.");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
