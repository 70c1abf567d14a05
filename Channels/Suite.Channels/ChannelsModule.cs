using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Channels.Channels;
using Suite.Channels.Channels.ArchiveChannel;
using Suite.Channels.Channels.CreateChannel;
using Suite.Channels.Channels.CreateDirectChannel;
using Suite.Channels.Channels.CreateGroupChannel;
using Suite.Channels.Channels.GetChannel;
using Suite.Channels.Channels.GetChannelByName;
using Suite.Channels.Channels.GetChannelStats;
using Suite.Channels.Channels.GetMyChannels;
using Suite.Channels.Channels.GetTeamChannels;
using Suite.Channels.Channels.PatchChannel;
using Suite.Channels.Channels.RestoreChannel;
using Suite.Channels.Channels.SearchChannels;
using Suite.Channels.Contracts;
using Suite.Channels.CustomEmojis;
using Suite.Channels.Integrations;
using Suite.Channels.Files;
using Suite.Channels.Files.GetFile;
using Suite.Channels.Files.GetFileInfo;
using Suite.Channels.Files.GetPostFileInfos;
using Suite.Channels.Files.UploadFiles;
using Suite.Channels.Members;
using Suite.Channels.Members.AddChannelMembers;
using Suite.Channels.Members.GetChannelMember;
using Suite.Channels.Members.GetChannelMembers;
using Suite.Channels.Members.GetMyChannelMembers;
using Suite.Channels.Members.GetTeamUnreads;
using Suite.Channels.Members.RemoveChannelMember;
using Suite.Channels.Members.UpdateMemberRoles;
using Suite.Channels.Members.UpdateNotifyProps;
using Suite.Channels.Members.ViewChannels;
using Suite.Channels.Notifications;
using Suite.Channels.Posts;
using Suite.Channels.Posts.Writing;
using Suite.Channels.Presence;
using Suite.Channels.Posts.CreatePost;
using Suite.Channels.Posts.DeletePost;
using Suite.Channels.Posts.EditPost;
using Suite.Channels.Posts.Permalinks;
using Suite.Channels.Posts.GetChannelPosts;
using Suite.Channels.Posts.GetPinnedPosts;
using Suite.Channels.Posts.GetPost;
using Suite.Channels.Posts.GetPostsByIds;
using Suite.Channels.Posts.GetThread;
using Suite.Channels.Posts.PinPost;
using Suite.Channels.Posts.SearchPosts;
using Suite.Channels.Reactions.AddReaction;
using Suite.Channels.Reactions.GetReactions;
using Suite.Channels.Reactions.RemoveReaction;
using Suite.Channels.Realtime;
using Suite.Channels.Sidebar;
using Suite.Channels.Threads;
using Suite.Channels.Users;
using Suite.Channels.Teams;
using Suite.Platform.Configuration;
using Suite.Platform.Modules;
using Suite.Platform.Presence;
using Suite.Platform.Realtime;
using Suite.Platform.Web;

namespace Suite.Channels;

/// <summary>Team messaging: channels, members, posts, threads, reactions, unreads and their realtime events.</summary>
public sealed class ChannelsModule : SuiteModule, IModuleUi
{
    public IReadOnlyList<NavEntry> Navigation { get; } = [new("Channels", "{team}/channels/town-square", NavArea.Main, 10)];

    public override string Name => ChannelsModuleName.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ChannelStore>();
        services.AddSingleton<DirectChannels>();
        services.AddSingleton<PostDeletion>();
        services.AddSingleton<ChannelAccess>();
        services.AddSingleton<ChannelCreation>();
        services.AddSingleton<Membership>();
        services.AddSingleton<DefaultChannels>();
        services.AddSingleton<ChannelEvents>();
        services.AddSingleton<IChannelAudience, ChannelAudience>();
        services.AddWebSocketAction<UserTypingHandler>();
        services.AddSingleton<IStatusAudience, DirectChannelStatusAudience>();
        services.AddSingleton<PostStore>();
        services.AddSingleton<PostReadAccess>();
        services.AddSingleton<PostDrafts>();
        services.AddSingleton<ChannelBatchCommit>();
        services.AddSingleton<ChannelMembersLoader>();
        services.AddSingleton<PostWriter>();
        services.AddSingleton<ChannelWideMentionAudience>();
        services.AddSingleton<PostCreation>();
        services.AddSingleton<SystemPosts>();
        services.AddIntegrations(configuration);
        services.AddConfigSettings(ChannelsConfigSettings.All);
        services.AddNotifications(configuration);
        services.AddSingleton(SearchSettings.From(configuration));
        services.AddSingleton<PostSearchStore>();
        services.AddSingleton(FileSettings.From(configuration));
        services.AddSingleton<FileStorage>();
        services.AddSingleton<FileStore>();
        services.AddSingleton<FileReadAccess>();
        services.AddSidebar();
        services.AddThreads();
        services.AddCustomEmoji(configuration);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
        var api = endpoints.MapGroup("/api/v4");

        api.MapCreateChannel();
        api.MapCreateDirectChannel();
        api.MapCreateGroupChannel();
        api.MapGetChannel();
        api.MapGetChannelByName();
        api.MapPatchChannel();
        api.MapArchiveChannel();
        api.MapRestoreChannel();
        api.MapGetTeamChannels();
        api.MapGetMyChannels();
        api.MapSearchChannels();
        api.MapGetChannelStats();

        api.MapGetChannelMembers();
        api.MapGetChannelMember();
        api.MapGetMyChannelMembers();
        api.MapAddChannelMembers();
        api.MapRemoveChannelMember();
        api.MapUpdateMemberRoles();
        api.MapUpdateNotifyProps();
        api.MapViewChannels();
        api.MapGetTeamUnreads();

        api.MapCreatePost();
        api.MapGetPost();
        api.MapGetPostsByIds();
        api.MapGetChannelPosts();
        api.MapGetThread();
        api.MapEditPost();
        api.MapDeletePost();
        api.MapPinPost();
        api.MapGetPinnedPosts();
        api.MapSearchPosts();

        api.MapUploadFiles();
        api.MapGetFile();
        api.MapGetFileInfo();
        api.MapGetPostFileInfos();

        api.MapAddReaction();
        api.MapGetReactions();
        api.MapRemoveReaction();

        api.MapSidebar();
        api.MapThreads();
        api.MapEmoji();
        api.MapChannelUsers();
        api.MapIntegrations(endpoints);
        endpoints.MapPermalinks();
    }
}
