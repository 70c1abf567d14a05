using Suite.Channels.Channels.CreateDirectChannel;
using Suite.Channels.Posts;
using Suite.Channels.Posts.CreatePost;
using Suite.Platform.Commands;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

/// <summary>
/// <c>/msg @user [message]</c>: opens (or creates) the direct message channel with the user, posts the
/// message there as the invoker when one is given, and sends the client to that channel.
/// </summary>
internal sealed class MsgCommand(IUserDirectory users, ITeamDirectory teams, ISender sender, PostDrafts drafts, PostCreation creation) : ISlashCommand
{
    public string Trigger => "msg";
    public string AutocompleteDescription => "Send Direct Message to a user";
    public string AutocompleteHint => "@[username] [message]";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        var parts = args.Text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length > 0 ? parts[0].TrimStart('@').ToLowerInvariant() : "";
        if (name.Length == 0)
        {
            return BuiltInReplies.Say("You must specify the user to message: /msg @username [message].");
        }

        var found = await users.FindByUsernamesAsync([name], cancellationToken);
        if (found is not [{ IsDeleted: false } user])
        {
            return BuiltInReplies.Say("We couldn't find the user.");
        }

        var channel = await sender.Send(new CreateDirectChannelRequest([args.UserId, user.Id]), cancellationToken);
        if (parts.Length > 1 && parts[1].Trim().Length > 0)
        {
            var draft = await drafts.PrepareAsync(channel, args.UserId, parts[1].Trim(), "", null, null, "", "", fromWebhook: false, cancellationToken);
            await creation.CreateAsync(draft, cancellationToken);
        }

        var teamName = args.TeamId.Length > 0 ? await teams.FindNameByIdAsync(args.TeamId, cancellationToken) : null;
        return new SlashCommandResponse { GotoLocation = teamName is null ? "" : $"/{teamName}/messages/@{user.Username}" };
    }
}

/// <summary>
/// <c>/help</c>: Mattermost sends the client to its help link; with no link configured, the invoker is
/// shown the commands this server knows instead.
/// </summary>
internal sealed class HelpCommand(IServiceProvider services, IntegrationsOptions options) : ISlashCommand
{
    public string Trigger => "help";
    public string AutocompleteDescription => "Open the Help page";
    public string AutocompleteHint => "";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        if (options.HelpLink.Length > 0)
        {
            return Task.FromResult(new SlashCommandResponse { GotoLocation = options.HelpLink });
        }

        // Resolved here, not injected: the list of commands includes this one.
        var commands = ((IEnumerable<ISlashCommand>?)services.GetService(typeof(IEnumerable<ISlashCommand>)) ?? [])
            .OrderBy(c => c.Trigger, StringComparer.Ordinal)
            .Select(c => $"- `/{c.Trigger} {c.AutocompleteHint}`".TrimEnd() + $": {c.AutocompleteDescription}");
        return Task.FromResult(BuiltInReplies.Say("Slash commands:\n" + string.Join('\n', commands)));
    }
}
