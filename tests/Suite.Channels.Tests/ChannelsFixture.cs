using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests;

/// <summary>
/// One Suite host on its own fresh database per fixture, with a system admin signed up first (the
/// first account is the system admin) and a team whose creator is <see cref="Owner"/>.
/// </summary>
public abstract class ChannelsFixture
{
    protected SuiteTestServer Server { get; private set; } = null!;

    protected SuiteApi Api { get; private set; } = null!;

    protected SignedInUser Admin { get; private set; } = null!;

    /// <summary>A plain user who created <see cref="TeamId"/> (its team admin).</summary>
    protected SignedInUser Owner { get; private set; } = null!;

    protected string TeamId { get; private set; } = "";

    /// <summary>Configuration the fixture's server starts with, beyond the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? ServerSettings => null;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = await SuiteTestServer.StartAsync(settings: ServerSettings);
        Api = new SuiteApi(Server);
        Admin = await Api.SignUpAndLoginAsync();
        Owner = await Api.SignUpAndLoginAsync();
        TeamId = (await SuiteApi.CreateTeamAsync(Owner.Client)).Id();
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

    protected static JsonElement Post(JsonElement list, string id) => list.GetProperty("posts").GetProperty(id);

    protected static List<string> Order(JsonElement list) => list.GetProperty("order").EnumerateArray().Select(e => e.GetString()!).ToList();
}
