using Suite.Testing;

namespace Suite.Platform.Tests.Realtime;

/// <summary>A signed-up user and the token of its login session.</summary>
public sealed record SessionUser(string Id, string Token);

/// <summary>Users made through the Platform's own sign-up and login endpoints.</summary>
internal static class TestUsers
{
    public static async Task<SessionUser> CreateAsync(SuiteTestServer server)
    {
        using var signedIn = await new SuiteApi(server).SignUpAndLoginAsync();
        return new SessionUser(signedIn.Id, signedIn.Token);
    }
}
