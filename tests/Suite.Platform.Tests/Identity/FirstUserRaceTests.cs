using System.Net;
using Suite.Testing;

namespace Suite.Platform.Tests.Identity;

public sealed class FirstUserRaceTests
{
    private const int ConcurrentSignUps = 12;

    private SuiteTestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _server = await SuiteTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task SignUp_ManyAtOnceOnAnEmptyServer_MakesExactlyOneSystemAdmin()
    {
        using var client = _server.CreateClient();
        using var start = new ManualResetEventSlim();
        var signUps = Enumerable.Range(0, ConcurrentSignUps).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var username = SuiteApi.UniqueName($"r{i}");
            using var response = await client.PostAsync("/api/v4/users", SuiteApi.Json(new { username, email = $"{username}@example.com", password = SuiteApi.DefaultPassword }));
            return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("roles").GetString();
        })).ToList();
        start.Set();

        var roles = await Task.WhenAll(signUps);

        Assert.That(roles.Count(r => r == "system_admin system_user"), Is.EqualTo(1), string.Join(", ", roles));
        Assert.That(roles.Count(r => r == "system_user"), Is.EqualTo(ConcurrentSignUps - 1));
    }
}
