using System.Net;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Testing;

namespace Suite.Channels.Tests;

/// <summary>What other modules (Playbooks, Boards, webhooks) do through Channels.Contracts and the mediator.</summary>
public sealed class ContractTests : ChannelsFixture
{
    private ISender Sender => Server.Service<ISender>();

    [Test]
    public async Task CreateChannel_MakesTheCreatorChannelAdminAndCanReturnTheExistingOne()
    {
        var name = SuiteApi.UniqueName("run");
        var created = await Sender.Send(new CreateChannel { TeamId = TeamId, Name = name, DisplayName = "Incident 42", Type = "P", CreatorId = Owner.Id });
        var again = await Sender.Send(new CreateChannel { TeamId = TeamId, Name = name, DisplayName = "Incident 42", Type = "P", CreatorId = Owner.Id, ReturnExisting = true });

        Assert.That(again.Id, Is.EqualTo(created.Id));
        Assert.That((await Owner.Client.MemberAsync(created.Id)).Str("roles"), Is.EqualTo("channel_user channel_admin"));
        var taken = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreateChannel { TeamId = TeamId, Name = name, DisplayName = "x", CreatorId = Owner.Id }));
        Assert.That(taken!.Error.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task AddChannelMember_AddsWithTheSystemMessage()
    {
        using var user = await TeamMemberAsync();
        var channel = await Sender.Send(new CreateChannel { TeamId = TeamId, Name = SuiteApi.UniqueName("run"), DisplayName = "Run", Type = "P", CreatorId = Owner.Id });
        var member = await Sender.Send(new AddChannelMember { ChannelId = channel.Id, UserId = user.Id, ActorId = Owner.Id });

        Assert.That(member.Roles, Is.EqualTo("channel_user"));
        Assert.That(await user.Client.PostsAsync(channel.Id), Does.Contain(("system_add_to_channel", $"@{user.User.Username} added to the channel by @{Owner.User.Username}.")));
    }

    [Test]
    public async Task CreatePost_AsAnIntegration_MentionsWithoutReadingTheChannelForItsAuthor()
    {
        using var user = await TeamMemberAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        await Owner.Client.AddMemberAsync(channel.Id(), user.Id);
        await user.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/members/me/view", new { channel_id = channel.Id() });

        var post = await Sender.Send(new CreatePost
        {
            ChannelId = channel.Id(),
            UserId = Owner.Id,
            Message = $"Alert: disk full, @{user.User.Username} is on call",
            PropsJson = "{\"from_webhook\":\"true\",\"override_username\":\"alertmanager\"}",
            FromWebhook = true,
        });

        var read = await user.Client.GetJsonAsync($"/api/v4/posts/{post.Id}");
        Assert.That(read.GetProperty("props").GetProperty("override_username").GetString(), Is.EqualTo("alertmanager"));
        Assert.That((await user.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.EqualTo(1));
        var owner = await Owner.Client.MemberAsync(channel.Id());
        Assert.That(owner.Long("msg_count"), Is.LessThan((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count")), "integration posts leave the author's read state alone");
    }

    [Test]
    public async Task CreatePost_ByANonMemberOrWithBadInput_IsRefused()
    {
        using var user = await TeamMemberAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        var forbidden = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = user.Id, Message = "hi" }));
        var bad = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = Owner.Id, Message = new string('x', 16384) }));
        var system = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = Owner.Id, Message = "x", Type = "system_join_channel" }));

        Assert.That(forbidden!.Error.StatusCode, Is.EqualTo(403));
        Assert.That(bad!.Error.StatusCode, Is.EqualTo(400));
        Assert.That(system!.Error.StatusCode, Is.EqualTo(400));
        Assert.That((await Owner.Client.ChannelAsync(channel.Id())).Long("total_msg_count"), Is.Zero);
    }

    [Test]
    public async Task EnsureBot_CreatesTheModulesBotOnceAndItPostsMarkedFromBotWithoutJoiningTheChannel()
    {
        var username = SuiteApi.UniqueName("bot");
        var first = await Sender.Send(new EnsureBotRequest(username, "Incidents", "Posts for runs", "playbooks"));
        var again = await Sender.Send(new EnsureBotRequest(username, "Incidents", "Posts for runs", "playbooks"));
        var channel = await Owner.Client.CreateChannelAsync(TeamId);

        var post = await Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = first, Message = "Run started" });

        Assert.That(again, Is.EqualTo(first));
        var read = await Owner.Client.GetJsonAsync($"/api/v4/posts/{post.Id}");
        Assert.That(read.Str("user_id"), Is.EqualTo(first));
        Assert.That(read.GetProperty("props").GetProperty("from_bot").GetString(), Is.EqualTo("true"));
        var bot = await Owner.Client.GetJsonAsync($"/api/v4/users/{first}");
        Assert.That(bot.GetProperty("is_bot").GetBoolean(), Is.True);
        var taken = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new EnsureBotRequest(Owner.User.Username, "x", "x", "playbooks")));
        Assert.That(taken!.Error.StatusCode, Is.EqualTo(400), "a person's username is never turned into a bot");
    }

    [Test]
    public async Task SendDirectMessage_CreatesTheDirectChannelOnceAndMentionsTheRecipient()
    {
        using var user = await TeamMemberAsync();
        var bot = await Sender.Send(new EnsureBotRequest(SuiteApi.UniqueName("bot"), "Boards", "Card notices", "boards"));

        var first = await Sender.Send(new SendDirectMessage { FromUserId = bot, ToUserId = user.Id, Message = "You were assigned a card" });
        var second = await Sender.Send(new SendDirectMessage { FromUserId = bot, ToUserId = user.Id, Message = "and another" });

        Assert.That(second.ChannelId, Is.EqualTo(first.ChannelId));
        Assert.That(await user.Client.PostsAsync(first.ChannelId), Does.Contain(("", "You were assigned a card")));
        Assert.That((await user.Client.MemberAsync(first.ChannelId)).Long("mention_count"), Is.EqualTo(2));
        var unknown = Assert.ThrowsAsync<AppErrorException>(() => Sender.Send(new SendDirectMessage { FromUserId = bot, ToUserId = "unknownuserid0000000000000a", Message = "x" }));
        Assert.That(unknown!.Error.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task RemoveChannelMember_RemovesWithTheSystemMessageAndIsFalseTheSecondTime()
    {
        using var user = await TeamMemberAsync();
        var channel = await Sender.Send(new CreateChannel { TeamId = TeamId, Name = SuiteApi.UniqueName("run"), DisplayName = "Run", Type = "P", CreatorId = Owner.Id });
        await Sender.Send(new AddChannelMember { ChannelId = channel.Id, UserId = user.Id, ActorId = Owner.Id });

        var removed = await Sender.Send(new RemoveChannelMember { ChannelId = channel.Id, UserId = user.Id, ActorId = Owner.Id });
        var again = await Sender.Send(new RemoveChannelMember { ChannelId = channel.Id, UserId = user.Id, ActorId = Owner.Id });

        Assert.That((removed, again), Is.EqualTo((true, false)));
        Assert.That(await Sender.Send(new IsChannelMember(channel.Id, user.Id)), Is.False);
        Assert.That(await Owner.Client.PostsAsync(channel.Id), Does.Contain(("system_remove_from_channel", $"@{user.User.Username} removed from the channel.")));
    }

    [Test]
    public async Task DeletePost_DeletesThePostAndItsRepliesAndIsFalseTheSecondTime()
    {
        var bot = await Sender.Send(new EnsureBotRequest(SuiteApi.UniqueName("bot"), "Runs", "Reminders", "playbooks"));
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var reminder = await Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = bot, Message = "Please post an update" });
        var reply = await Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = Owner.Id, Message = "On it", RootId = reminder.Id });
        var kept = await Sender.Send(new CreatePost { ChannelId = channel.Id(), UserId = Owner.Id, Message = "Unrelated" });

        var deleted = await Sender.Send(new DeletePost { PostId = reminder.Id, ActorId = bot });
        var again = await Sender.Send(new DeletePost { PostId = reminder.Id, ActorId = bot });
        var unknown = await Sender.Send(new DeletePost { PostId = "unknownpostid00000000000000", ActorId = bot });

        Assert.That((deleted, again, unknown), Is.EqualTo((true, false, false)));
        Assert.That(await Sender.Send(new GetPostInfo(reminder.Id)), Is.Null);
        Assert.That(await Sender.Send(new GetPostInfo(reply.Id)), Is.Null, "replies go with their root, as Mattermost");
        Assert.That(await Sender.Send(new GetPostInfo(kept.Id)), Is.Not.Null);
        using var response = await Owner.Client.GetAsync($"/api/v4/posts/{reminder.Id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task GetChannelInfo_AnswersTheChannelOrNull()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var info = await Sender.Send(new GetChannelInfo(channel.Id()));
        Assert.That(info!.Name, Is.EqualTo(channel.Str("name")));
        Assert.That(await Sender.Send(new GetChannelInfo("abcdefghijklmnopqrstuvwxyz")), Is.Null);
    }
}
