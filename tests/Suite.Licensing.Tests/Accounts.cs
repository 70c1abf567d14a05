using Suite.Testing;

namespace Suite.Licensing.Tests;

/// <summary>Accounts signed up and logged in through the API: the first on a fresh server is its system admin.</summary>
public static class Accounts
{
    public static async Task<SignedInUser> AdminAsync(SuiteTestServer server)
    {
        var account = await new SuiteApi(server).SignUpAndLoginAsync();
        Assert.That(account.User.Roles, Does.Contain("system_admin"), "the first account on a fresh server is its system admin");
        return account;
    }

    public static async Task<SignedInUser> UserAsync(SuiteTestServer server)
    {
        var account = await new SuiteApi(server).SignUpAndLoginAsync();
        Assert.That(account.User.Roles, Does.Not.Contain("system_admin"));
        return account;
    }

    /// <summary>Logs an existing account in again (for example on a restarted host).</summary>
    public static async Task<SignedInUser> LoginAsync(SuiteTestServer server, TestUser user)
    {
        var api = new SuiteApi(server);
        var token = await api.LoginTokenAsync(user.Username, user.Password);
        return new SignedInUser(user, token, api.WithToken(token));
    }

    public static HttpClient Anonymous(SuiteTestServer server) => new SuiteApi(server).Anonymous();
}
