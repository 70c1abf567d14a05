using Microsoft.AspNetCore.Http;

namespace Suite.Platform.Api;

/// <summary>Responses in Mattermost's JSON shape and content type.</summary>
public static class ApiResults
{
    private static readonly StatusBody StatusOkBody = new("OK");

    /// <summary>200 with the value as JSON.</summary>
    public static IResult Ok<T>(T value) => TypedResults.Json(value, ApiJson.Options, ApiJson.ContentType, StatusCodes.Status200OK);

    /// <summary>201 with the value as JSON.</summary>
    public static IResult Created<T>(T value) => TypedResults.Json(value, ApiJson.Options, ApiJson.ContentType, StatusCodes.Status201Created);

    /// <summary>200 <c>{"status":"OK"}</c>, Mattermost's acknowledgement.</summary>
    public static IResult StatusOk() => Ok(StatusOkBody);

    /// <summary>Mattermost's <c>{"status":"OK"}</c>.</summary>
    public sealed record StatusBody(string Status);
}
