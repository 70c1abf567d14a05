using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.ChannelAdministration;

/// <summary>What Channels keeps of a deleted team: everything when it is archived, nothing when it is deleted for good.</summary>
public sealed class TeamDeletionChannelsTests : ChannelsFixture
{
    [Test]
    public async Task PermanentTeamDeletion_RemovesTheTeamsChannelsAndPostsButArchivingKeepsThem()
    {
        var archived = await SuiteApi.CreateTeamAsync(Owner.Client);
        var doomed = await SuiteApi.CreateTeamAsync(Owner.Client);
        var kept = await Owner.Client.CreateChannelAsync(archived.Id());
        var gone = await Owner.Client.CreateChannelAsync(doomed.Id());
        var post = await Owner.Client.PostAsync(gone.Id(), "soon gone");
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = Owner.Id, post_id = post.Id(), emoji_name = "wave" });
        var elsewhere = await Owner.Client.CreateChannelAsync(TeamId);

        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/teams/{archived.Id()}", null);
        await Admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/teams/{doomed.Id()}?permanent=true", null);

        Assert.That((await Admin.Client.ChannelAsync(kept.Id())).Id(), Is.EqualTo(kept.Id()));
        await Admin.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{gone.Id()}", null, HttpStatusCode.NotFound);
        await Admin.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/posts/{post.Id()}", null, HttpStatusCode.NotFound);
        Assert.That((await Owner.Client.ChannelAsync(elsewhere.Id())).Id(), Is.EqualTo(elsewhere.Id()));
        var mine = (await Owner.Client.GetJsonAsync("/api/v4/users/me/channels")).EnumerateArray().Select(c => c.Id()).ToList();
        Assert.That(mine, Does.Not.Contain(gone.Id()));
    }
}
