using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Suite.Samples.Contracts;
using Suite.Testing;

namespace Suite.Platform.Tests.Mediator;

/// <summary>The behaviours' refusals reach HTTP clients as Mattermost's error JSON, through a plugin's endpoints.</summary>
public sealed class PipelineOverHttpTests
{
    private SuiteTestServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync(modules: [SampleModuleNames.Valid]);
        _client = _server.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase("")]
    [TestCase(null)]
    public async Task Echo_WithoutText_Answers400NamingTheField(string? text)
    {
        using var response = await _client.PostAsJsonAsync("/api/v4/samplevalid/echo", new { text });

        var error = await ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("api.context.invalid_body_param.app_error"));
        Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("Invalid or missing text in request body."));
    }

    [Test]
    public async Task Audit_WithoutSession_Answers401BeforeTheLicenseIsConsidered()
    {
        using var response = await _client.GetAsync("/api/v4/samplevalid/audit");

        var error = await ErrorAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("api.context.session_expired.app_error"));
    }

    [Test]
    public async Task Report_WithoutLicense_Answers403NamingTheFeatureAndEdition()
    {
        using var response = await _client.GetAsync("/api/v4/samplevalid/report");

        var error = await ErrorAsync(response, HttpStatusCode.Forbidden);
        Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("api.license.feature_unavailable.app_error"));
        Assert.That(error.GetProperty("message").GetString(), Does.StartWith("Sample reports requires the Professional edition."));
        Assert.That(error.GetProperty("detailed_error").GetString(), Is.EqualTo("feature=sample_reports; edition=Professional"));
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json"));
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.That(error.GetProperty("status_code").GetInt32(), Is.EqualTo((int)status));
        Assert.That(error.GetProperty("request_id").GetString(), Is.EqualTo(response.Headers.GetValues("X-Request-Id").Single()));
        return error;
    }
}
