using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Platform.Tests.Teams;

/// <summary>Mattermost's team patch: named fields change, the rest stay; only team and system admins may.</summary>
public sealed class PatchTeamTests
{
    private SuiteTestServer _server = null!;
    private SignedInUser _systemAdmin = null!;
    private SignedInUser _teamAdmin = null!;
    private SignedInUser _member = null!;
    private string _teamId = "";

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await SuiteTestServer.StartAsync();
        var api = new SuiteApi(_server);
        _systemAdmin = await api.SignUpAndLoginAsync();
        _teamAdmin = await api.SignUpAndLoginAsync();
        _member = await api.SignUpAndLoginAsync();
        _teamId = (await SuiteApi.CreateTeamAsync(_teamAdmin.Client)).GetProperty("id").GetString()!;
        await SuiteApi.AddToTeamAsync(_teamAdmin.Client, _teamId, _member.Id);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _systemAdmin.Dispose();
        _teamAdmin.Dispose();
        _member.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> PatchAsync(SignedInUser user, object patch, HttpStatusCode expected)
    {
        using var response = await user.Client.PutAsync($"/api/v4/teams/{_teamId}/patch", SuiteApi.Json(patch));
        return expected == HttpStatusCode.OK ? await response.ReadJsonAsync(expected) : await response.ReadErrorAsync(expected);
    }

    [Test]
    public async Task Patch_ChangesOnlyTheNamedFields()
    {
        var before = await PatchAsync(_teamAdmin, new { }, HttpStatusCode.OK);

        var patched = await PatchAsync(_teamAdmin, new { display_name = "Ops Renamed", description = "on call" }, HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(patched.GetProperty("display_name").GetString(), Is.EqualTo("Ops Renamed"));
            Assert.That(patched.GetProperty("description").GetString(), Is.EqualTo("on call"));
            Assert.That(patched.GetProperty("name").GetString(), Is.EqualTo(before.GetProperty("name").GetString()));
            Assert.That(patched.GetProperty("allow_open_invite").GetBoolean(), Is.EqualTo(before.GetProperty("allow_open_invite").GetBoolean()));
            Assert.That(patched.GetProperty("update_at").GetInt64(), Is.GreaterThanOrEqualTo(before.GetProperty("update_at").GetInt64()));
        });
        var bySystemAdmin = await PatchAsync(_systemAdmin, new { company_name = "Acme" }, HttpStatusCode.OK);
        Assert.That(bySystemAdmin.GetProperty("display_name").GetString(), Is.EqualTo("Ops Renamed"));
    }

    [Test]
    public async Task Patch_ByAMemberOrWithBadInput_IsRefusedAndChangesNothing()
    {
        var before = await PatchAsync(_teamAdmin, new { }, HttpStatusCode.OK);

        await PatchAsync(_member, new { display_name = "Hijacked" }, HttpStatusCode.Forbidden);
        await PatchAsync(_teamAdmin, new { display_name = "" }, HttpStatusCode.BadRequest);
        await PatchAsync(_teamAdmin, new { description = new string('x', 256) }, HttpStatusCode.BadRequest);

        var after = await PatchAsync(_teamAdmin, new { }, HttpStatusCode.OK);
        Assert.That(after.GetProperty("display_name").GetString(), Is.EqualTo(before.GetProperty("display_name").GetString()));
    }
}
