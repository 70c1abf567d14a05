using System.Net;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace Suite.Testing.Licensing;

/// <summary>License requests as Mattermost's client sends them.</summary>
public static class LicenseHttp
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string licenseText, string path = "/api/v4/license")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(licenseText)), "license", "suite.mattermost-license");
        return await client.PostAsync(path, form);
    }

    public static async Task<Dictionary<string, string>> ClientLicenseAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v4/license/client?format=old");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(await response.Content.ReadAsStringAsync())!;
    }

    public static async Task<Dictionary<string, bool>> FeaturesAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v4/license/features");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("enabled").GetBoolean());
    }

    /// <summary>Asserts the status and returns the body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a Mattermost error body with this status and id.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected, string id)
    {
        var error = await JsonAsync(response, expected);
        Assert.That(error.GetProperty("id").GetString(), Is.EqualTo(id), error.ToString());
        Assert.That(error.GetProperty("status_code").GetInt32(), Is.EqualTo((int)expected));
        return error;
    }
}
