using System.Net;
using System.Text.Json;
using NUnit.Framework;

namespace Suite.Testing;

/// <summary>Assertions every API answer must pass.</summary>
public static class ApiResponses
{
    /// <summary>
    /// Asserts the status and that the body is JSON with the exact content type Mattermost's client
    /// needs (<c>application/json</c>, no charset), then returns the parsed body.
    /// </summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), () => $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered: {text}");
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"), "Content-Type");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a Mattermost error body with the status and, when given, the error id; returns the body.</summary>
    public static async Task<JsonElement> ReadErrorAsync(this HttpResponseMessage response, HttpStatusCode expected, string? id = null)
    {
        var error = await response.ReadJsonAsync(expected);
        Assert.That(error.GetProperty("status_code").GetInt32(), Is.EqualTo((int)expected), "status_code");
        if (id is not null)
        {
            Assert.That(error.GetProperty("id").GetString(), Is.EqualTo(id), () => $"error id; message: {error.GetProperty("message").GetString()} {error.GetProperty("detailed_error").GetString()}");
        }

        return error;
    }
}
