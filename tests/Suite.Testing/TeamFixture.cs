using Microsoft.AspNetCore.Builder;
using NUnit.Framework;

namespace Suite.Testing;

/// <summary>
/// One Suite host on its own fresh database per fixture, with a system admin signed up first (the
/// first account is the system admin) and a team created by <see cref="Owner"/>, its team admin.
/// </summary>
public abstract class TeamFixture
{
    protected SuiteTestServer Server { get; private set; } = null!;

    protected SuiteApi Api { get; private set; } = null!;

    protected SignedInUser Admin { get; private set; } = null!;

    /// <summary>A plain user who created <see cref="TeamId"/>.</summary>
    protected SignedInUser Owner { get; private set; } = null!;

    protected string TeamId { get; private set; } = "";

    /// <summary>Configuration the fixture's server starts with, beyond the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>();

    /// <summary>Changes the host before it starts (for example, gives it a fake clock).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>Runs once the server, the accounts and the team exist.</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = await SuiteTestServer.StartAsync(settings: ServerSettings, configure: Configure);
        Api = new SuiteApi(Server);
        Admin = await Api.SignUpAndLoginAsync();
        Owner = await Api.SignUpAndLoginAsync();
        TeamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).GetProperty("id").GetString()!;
        await StartedAsync();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        Admin?.Dispose();
        Owner?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>A new signed-in user who is a member of the team; the caller disposes it.</summary>
    protected async Task<SignedInUser> TeamMemberAsync()
    {
        var user = await Api.SignUpAndLoginAsync();
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, user.Id);
        return user;
    }

    /// <summary>A new signed-in user in no team; the caller disposes it.</summary>
    protected Task<SignedInUser> OutsiderAsync() => Api.SignUpAndLoginAsync();
}
