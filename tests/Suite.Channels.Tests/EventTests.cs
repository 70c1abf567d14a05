using System.Net;
using System.Text.Json;
using Suite.Channels.Tests.Files;
using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Channels.Tests;

/// <summary>WebSocket events reach exactly the users who may see them, in Mattermost's shapes.</summary>
public sealed class EventTests : ChannelsFixture
{
    private Task<EventClient> ConnectAsync(SignedInUser user) => EventClient.ConnectAsync(Server.BaseAddress, user.Token);

    /// <summary>A self-DM post the user alone receives, marking the end of what they were sent before it.</summary>
    private static async Task<string> MarkerAsync(SignedInUser user)
    {
        var dm = await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { user.Id, user.Id }, HttpStatusCode.Created);
        return (await user.Client.PostAsync(dm.Id(), "marker " + Guid.NewGuid().ToString("N"))).Id();
    }

    private static bool PostIs(JsonElement data, string postId) =>
        data.TryGetProperty("post", out var post) && JsonDocument.Parse(post.GetString()!).RootElement.GetProperty("id").GetString() == postId;

    [Test]
    public async Task Posted_ReachesMembersOnlyWithMattermostsFieldsAndPerUserMentions()
    {
        using var author = await TeamMemberAsync();
        using var reader = await TeamMemberAsync();
        using var outsider = await TeamMemberAsync();
        var channel = await author.Client.CreateChannelAsync(TeamId, type: "P", displayName: "War Room");
        await author.Client.AddMemberAsync(channel.Id(), reader.Id);
        await using var authorEvents = await ConnectAsync(author);
        await using var readerEvents = await ConnectAsync(reader);
        await using var outsiderEvents = await ConnectAsync(outsider);

        var post = await author.Client.PostAsync(channel.Id(), $"@{reader.User.Username} the **database** is down");

        var received = await readerEvents.NextAsync("posted", d => PostIs(d, post.Id()));
        var data = received.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(data.Str("channel_type"), Is.EqualTo("P"));
            Assert.That(data.Str("channel_display_name"), Is.EqualTo("War Room"));
            Assert.That(data.Str("channel_name"), Is.EqualTo(channel.Str("name")));
            Assert.That(data.Str("sender_name"), Is.EqualTo($"@{author.User.Username}"));
            Assert.That(data.Str("team_id"), Is.EqualTo(TeamId));
            Assert.That(data.GetProperty("set_online").GetBoolean(), Is.True);
            Assert.That(data.Str("mentions"), Is.EqualTo($"[\"{reader.Id}\"]"));
            Assert.That(JsonDocument.Parse(data.Str("post")).RootElement.GetProperty("message").GetString(), Is.EqualTo($"@{reader.User.Username} the **database** is down"));
            Assert.That(received.GetProperty("broadcast").Str("channel_id"), Is.EqualTo(channel.Id()));
        });
        var own = await authorEvents.NextAsync("posted", d => PostIs(d, post.Id()));
        Assert.That(own.GetProperty("data").TryGetProperty("mentions", out _), Is.False, "the author was not mentioned");

        var marker = await MarkerAsync(outsider);
        var before = await outsiderEvents.EventsUntilAsync("posted", d => PostIs(d, marker));
        Assert.That(before.Where(e => e.Contains(channel.Id(), StringComparison.Ordinal)), Is.Empty, "a private channel's events never reach a non-member");
    }

    [Test]
    public async Task Posted_WithFiles_SaysSoAndWhetherAnyIsAnImage()
    {
        using var author = await TeamMemberAsync();
        var channel = await author.Client.CreateChannelAsync(TeamId);
        await using var events = await ConnectAsync(author);
        var text = await author.Client.UploadAsync(channel.Id(), "notes.txt", "notes");
        var picture = await author.Client.UploadAsync(channel.Id(), "graph.png", "png bytes");
        var withText = await author.Client.PostWithFilesAsync(channel.Id(), "the notes", text.Id());
        var withPicture = await author.Client.PostWithFilesAsync(channel.Id(), "the graph", picture.Id());
        var withNothing = await author.Client.PostAsync(channel.Id(), "no files");

        var textData = (await events.NextAsync("posted", d => PostIs(d, withText.Id()))).GetProperty("data");
        var pictureData = (await events.NextAsync("posted", d => PostIs(d, withPicture.Id()))).GetProperty("data");
        var plainData = (await events.NextAsync("posted", d => PostIs(d, withNothing.Id()))).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(textData.Str("otherFile"), Is.EqualTo("true"));
            Assert.That(textData.TryGetProperty("image", out _), Is.False);
            Assert.That(pictureData.Str("otherFile"), Is.EqualTo("true"));
            Assert.That(pictureData.Str("image"), Is.EqualTo("true"));
            Assert.That(plainData.TryGetProperty("otherFile", out _), Is.False);
            Assert.That(plainData.TryGetProperty("image", out _), Is.False);
        });
    }

    [Test]
    public async Task PostChangesAndReactions_ReachTheChannelsMembers()
    {
        using var author = await TeamMemberAsync();
        using var reader = await TeamMemberAsync();
        using var outsider = await TeamMemberAsync();
        var channel = await author.Client.CreateChannelAsync(TeamId, type: "P");
        await author.Client.AddMemberAsync(channel.Id(), reader.Id);
        var post = await author.Client.PostAsync(channel.Id(), "typo");
        await using var readerEvents = await ConnectAsync(reader);
        await using var outsiderEvents = await ConnectAsync(outsider);

        await author.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post.Id()}/patch", new { message = "fixed" });
        var edited = await readerEvents.NextAsync("post_edited", d => PostIs(d, post.Id()));
        Assert.That(JsonDocument.Parse(edited.GetProperty("data").Str("post")).RootElement.GetProperty("message").GetString(), Is.EqualTo("fixed"));

        await reader.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = reader.Id, post_id = post.Id(), emoji_name = "eyes" });
        var added = await readerEvents.NextAsync("reaction_added");
        var reaction = JsonDocument.Parse(added.GetProperty("data").Str("reaction")).RootElement;
        Assert.That(reaction.GetProperty("emoji_name").GetString(), Is.EqualTo("eyes"));
        Assert.That(reaction.GetProperty("post_id").GetString(), Is.EqualTo(post.Id()));

        await reader.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/users/me/posts/{post.Id()}/reactions/eyes", null);
        await readerEvents.NextAsync("reaction_removed");

        await author.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{post.Id()}", null);
        var deleted = await readerEvents.NextAsync("post_deleted", d => PostIs(d, post.Id()));
        Assert.That(JsonDocument.Parse(deleted.GetProperty("data").Str("post")).RootElement.GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));

        var marker = await MarkerAsync(outsider);
        var before = await outsiderEvents.EventsUntilAsync("posted", d => PostIs(d, marker));
        Assert.That(before.Where(e => e.Contains(channel.Id(), StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task PostDeleted_TellsSystemAdminsWhoDeletedItAndOtherMembersOnlyThePost()
    {
        using var author = await TeamMemberAsync();
        using var reader = await TeamMemberAsync();
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, Admin.Id);
        var channel = await author.Client.CreateChannelAsync(TeamId, type: "P");
        await author.Client.AddMemberAsync(channel.Id(), reader.Id);
        await author.Client.AddMemberAsync(channel.Id(), Admin.Id);
        await using var readerEvents = await ConnectAsync(reader);
        await using var adminEvents = await ConnectAsync(Admin);
        var post = await author.Client.PostAsync(channel.Id(), "to be deleted");

        await author.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{post.Id()}", null);

        var toAdmin = (await adminEvents.NextAsync("post_deleted", d => PostIs(d, post.Id()))).GetProperty("data");
        var toReader = (await readerEvents.NextAsync("post_deleted", d => PostIs(d, post.Id()))).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(toAdmin.Str("delete_by"), Is.EqualTo(author.Id));
            Assert.That(toReader.TryGetProperty("delete_by", out _), Is.False, "Mattermost sends delete_by only in the copy for system admins");
            Assert.That(JsonDocument.Parse(toReader.Str("post")).RootElement.GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task ChannelCreated_ReachesTheCreatorOnly()
    {
        using var creator = await TeamMemberAsync();
        using var colleague = await TeamMemberAsync();
        await using var creatorEvents = await ConnectAsync(creator);
        await using var colleagueEvents = await ConnectAsync(colleague);

        var open = await creator.Client.CreateChannelAsync(TeamId);
        var closed = await creator.Client.CreateChannelAsync(TeamId, type: "P");

        var created = await creatorEvents.NextAsync("channel_created", d => d.Str("channel_id") == open.Id());
        Assert.That(created.GetProperty("data").Str("team_id"), Is.EqualTo(TeamId));
        Assert.That(created.GetProperty("broadcast").Str("user_id"), Is.EqualTo(creator.Id));
        await creatorEvents.NextAsync("channel_created", d => d.Str("channel_id") == closed.Id());
        var marker = await MarkerAsync(colleague);
        var before = await colleagueEvents.EventsUntilAsync("posted", d => PostIs(d, marker));
        Assert.That(before.Where(e => e.StartsWith("channel_created", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task NewDirectAndGroupChannels_AnnounceDirectAddedAndGroupAddedToTheirMembers()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        using var c = await TeamMemberAsync();
        await using var bEvents = await ConnectAsync(b);
        await using var cEvents = await ConnectAsync(c);

        var direct = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, b.Id }, HttpStatusCode.Created);
        var group = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/group", new[] { b.Id, c.Id }, HttpStatusCode.Created);

        var directAdded = await bEvents.NextAsync("direct_added");
        var groupAdded = await cEvents.NextAsync("group_added");
        Assert.Multiple(() =>
        {
            Assert.That(directAdded.GetProperty("broadcast").Str("channel_id"), Is.EqualTo(direct.Id()));
            Assert.That(directAdded.GetProperty("data").Str("creator_id"), Is.EqualTo(a.Id));
            Assert.That(directAdded.GetProperty("data").Str("teammate_id"), Is.EqualTo(b.Id));
            Assert.That(groupAdded.GetProperty("broadcast").Str("channel_id"), Is.EqualTo(group.Id()));
            Assert.That(JsonSerializer.Deserialize<string[]>(groupAdded.GetProperty("data").Str("teammate_ids")), Is.EquivalentTo(new[] { a.Id, b.Id, c.Id }));
        });
        var marker = await MarkerAsync(c);
        Assert.That((await cEvents.EventsUntilAsync("posted", d => PostIs(d, marker))).Where(e => e.Contains(direct.Id(), StringComparison.Ordinal)), Is.Empty,
            "a direct channel's creation reaches its two users only");
    }

    [Test]
    public async Task MembershipChanges_AnnounceUserAddedAndUserRemoved()
    {
        using var admin = await TeamMemberAsync();
        using var member = await TeamMemberAsync();
        var channel = await admin.Client.CreateChannelAsync(TeamId, type: "P");
        await using var adminEvents = await ConnectAsync(admin);
        await using var memberEvents = await ConnectAsync(member);

        await admin.Client.AddMemberAsync(channel.Id(), member.Id);
        var added = await adminEvents.NextAsync("user_added", d => d.Str("user_id") == member.Id);
        Assert.That(added.GetProperty("data").Str("team_id"), Is.EqualTo(TeamId));
        await memberEvents.NextAsync("user_added", d => d.Str("user_id") == member.Id);

        await admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}/members/{member.Id}", null);
        var toOthers = await adminEvents.NextAsync("user_removed", d => d.TryGetProperty("user_id", out var u) && u.GetString() == member.Id);
        Assert.That(toOthers.GetProperty("data").Str("remover_id"), Is.EqualTo(admin.Id));
        var toRemoved = await memberEvents.NextAsync("user_removed", d => d.TryGetProperty("channel_id", out var c) && c.GetString() == channel.Id());
        Assert.That(toRemoved.GetProperty("data").Str("remover_id"), Is.EqualTo(admin.Id));

        await admin.Client.PostAsync(channel.Id(), "after you left");
        var marker = await MarkerAsync(member);
        Assert.That((await memberEvents.EventsUntilAsync("posted", d => PostIs(d, marker))).Where(e => e.StartsWith("posted", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task ChannelUpdatesAndArchiving_ReachMembers()
    {
        using var admin = await TeamMemberAsync();
        var channel = await admin.Client.CreateChannelAsync(TeamId, type: "P");
        await using var events = await ConnectAsync(admin);

        await admin.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/patch", new { header = "new header" });
        var updated = await events.NextAsync("channel_updated");
        Assert.That(JsonDocument.Parse(updated.GetProperty("data").Str("channel")).RootElement.GetProperty("header").GetString(), Is.EqualTo("new header"));

        await admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}", null);
        var deleted = await events.NextAsync("channel_deleted", d => d.Str("channel_id") == channel.Id());
        Assert.That(deleted.GetProperty("data").GetProperty("delete_at").GetInt64(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Viewing_SendsMultipleChannelsViewedToTheViewerOnly()
    {
        using var author = await TeamMemberAsync();
        using var reader = await TeamMemberAsync();
        var channel = await author.Client.CreateChannelAsync(TeamId);
        await author.Client.AddMemberAsync(channel.Id(), reader.Id);
        await author.Client.PostAsync(channel.Id(), "unread for the reader");
        await using var readerEvents = await ConnectAsync(reader);

        var view = await reader.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channel.Id() });
        var viewed = await readerEvents.NextAsync("multiple_channels_viewed");
        Assert.That(viewed.GetProperty("data").GetProperty("channel_times").GetProperty(channel.Id()).GetInt64(),
            Is.EqualTo(view.GetProperty("last_viewed_at_times").GetProperty(channel.Id()).GetInt64()));
        Assert.That(viewed.GetProperty("broadcast").Str("user_id"), Is.EqualTo(reader.Id));
    }

    [Test]
    public async Task UserTyping_ReachesTheOtherMembersAsTyping()
    {
        using var typist = await TeamMemberAsync();
        using var reader = await TeamMemberAsync();
        var channel = await typist.Client.CreateChannelAsync(TeamId, type: "P");
        await typist.Client.AddMemberAsync(channel.Id(), reader.Id);
        var root = await typist.Client.PostAsync(channel.Id(), "thread");
        await using var typistEvents = await ConnectAsync(typist);
        await using var readerEvents = await ConnectAsync(reader);

        await typistEvents.SendActionAsync("user_typing", new { channel_id = channel.Id(), parent_id = root.Id() });
        var typing = await readerEvents.NextAsync("typing");
        Assert.Multiple(() =>
        {
            Assert.That(typing.GetProperty("data").Str("user_id"), Is.EqualTo(typist.Id));
            Assert.That(typing.GetProperty("data").Str("parent_id"), Is.EqualTo(root.Id()));
            Assert.That(typing.GetProperty("broadcast").Str("channel_id"), Is.EqualTo(channel.Id()));
        });

        var marker = await MarkerAsync(typist);
        Assert.That((await typistEvents.EventsUntilAsync("posted", d => PostIs(d, marker))).Where(e => e.StartsWith("typing", StringComparison.Ordinal)), Is.Empty,
            "the typist does not hear their own typing");
    }

    [Test]
    public async Task PrivateChannelEvents_NeverReachATeamMemberOutsideIt()
    {
        using var admin = await TeamMemberAsync();
        using var member = await TeamMemberAsync();
        using var outsider = await TeamMemberAsync();
        var channel = await admin.Client.CreateChannelAsync(TeamId, type: "P");
        await using var adminEvents = await ConnectAsync(admin);
        await using var memberEvents = await ConnectAsync(member);
        await using var outsiderEvents = await ConnectAsync(outsider);

        await admin.Client.AddMemberAsync(channel.Id(), member.Id);
        await memberEvents.SendActionAsync("user_typing", new { channel_id = channel.Id(), parent_id = "" });
        await adminEvents.NextAsync("typing", d => d.Str("user_id") == member.Id);
        await outsiderEvents.SendActionAsync("user_typing", new { channel_id = channel.Id(), parent_id = "" });
        await admin.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/channels/{channel.Id()}/patch", new { purpose = "secret plans" });
        await admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}/members/{member.Id}", null);
        await admin.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}", null);
        await adminEvents.NextAsync("channel_deleted", d => d.Str("channel_id") == channel.Id());

        var outsiderMarker = await MarkerAsync(outsider);
        var adminMarker = await MarkerAsync(admin);
        var seenByOutsider = await outsiderEvents.EventsUntilAsync("posted", d => PostIs(d, outsiderMarker));
        var seenByAdmin = await adminEvents.EventsUntilAsync("posted", d => PostIs(d, adminMarker));
        Assert.Multiple(() =>
        {
            Assert.That(seenByOutsider.Where(e => e.Contains(channel.Id(), StringComparison.Ordinal)), Is.Empty,
                "no user_added, typing, channel_updated, user_removed or channel_deleted of a private channel reaches a non-member");
            Assert.That(seenByAdmin.Where(e => e.StartsWith("typing", StringComparison.Ordinal) && e.Contains(outsider.Id, StringComparison.Ordinal)), Is.Empty,
                "a non-member's typing is not announced to the channel");
        });
    }

    [Test]
    public async Task EventsOfOneProcess_ReachTheRightSocketsOfAnother()
    {
        using var author = await TeamMemberAsync();
        using var reader = await TeamMemberAsync();
        using var outsider = await TeamMemberAsync();
        var channel = await author.Client.CreateChannelAsync(TeamId, type: "P");
        await author.Client.AddMemberAsync(channel.Id(), reader.Id);
        await using var other = await SuiteHostProcess.StartAsync(Server.ConnectionString, ["Channels", "Licensing"], ClusterNodes.LicensedSettings());
        await using var readerHere = await ConnectAsync(reader);
        await using var readerThere = await EventClient.ConnectAsync(other.BaseAddress, reader.Token);
        await using var outsiderThere = await EventClient.ConnectAsync(other.BaseAddress, outsider.Token);
        using var authorThere = other.WithToken(author.Token);

        var postedThere = await authorThere.PostAsync(channel.Id(), "posted through the other process");
        var postedHere = await author.Client.PostAsync(channel.Id(), "posted through this process");
        await author.Client.SendJsonAsync(HttpMethod.Post, $"/api/v4/posts/{postedHere.Id()}/pin", null);

        await readerHere.NextAsync("posted", d => PostIs(d, postedThere.Id()));
        await readerThere.NextAsync("posted", d => PostIs(d, postedHere.Id()));
        await readerThere.NextAsync("post_edited", d => PostIs(d, postedHere.Id()));
        var marker = await MarkerAsync(outsider);
        var seenByOutsider = await outsiderThere.EventsUntilAsync("posted", d => PostIs(d, marker));
        Assert.That(seenByOutsider.Where(e => e.Contains(channel.Id(), StringComparison.Ordinal)), Is.Empty,
            "a private channel's events reach no non-member on any process");
    }
}
