using System.Text.Json;
using Microsoft.Extensions.Logging;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.ChannelActions.Categorize;

/// <summary>
/// The <c>categorize_channel</c> action (on <c>new_member_joins</c>): files its channel under the action's sidebar
/// category for people who join the channel through Playbooks (a run's participants, a new owner) and for whoever
/// sees it the first time (<c>check-and-send-message-on-join</c>), through Channels' <see cref="CategorizeChannel"/>.
/// A run of a playbook with <c>categorize_channel_enabled</c> gives its channel the action, as Mattermost's plugin does.
/// A sidebar that cannot be changed is logged and never stops the run.
/// </summary>
internal sealed class ChannelCategorizer(ChannelActionStore store, ISender sender, ILogger<ChannelCategorizer> logger)
{
    /// <summary>For a new run: the channel gets the playbook's category action and the run's participants get the category.</summary>
    public async Task RunStartedAsync(Playbook? playbook, PlaybookRun run, CancellationToken cancellationToken)
    {
        if (playbook is not { CategorizeChannelEnabled: true } || playbook.CategoryName.Trim().Length == 0)
        {
            return;
        }

        var name = playbook.CategoryName.Trim();

        // A linked channel that already has a category action keeps it; the run's own people still get the playbook's category.
        await store.TryInsertAsync(
            new ChannelAction
            {
                Id = Ids.New(),
                ChannelId = run.ChannelId,
                Enabled = true,
                ActionType = ChannelActionTypes.CategorizeChannel,
                TriggerType = ChannelActionTriggers.NewMemberJoins,
                Payload = JsonSerializer.SerializeToElement(new CategorizeChannelPayload(name), Platform.Api.ApiJson.Options),
            },
            cancellationToken);
        await FileAsync(run.ChannelId, name, run.ParticipantIds, cancellationToken);
    }

    /// <summary>People joined the channel: the channel's enabled category action, if any, files it for them.</summary>
    public async Task JoinedAsync(string channelId, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var actions = await store.ListAsync(channelId, ChannelActionTypes.CategorizeChannel, ChannelActionTriggers.NewMemberJoins, cancellationToken);
        if (actions.FirstOrDefault(a => a.Enabled && a.DeleteAt == 0) is { } action && CategoryOf(action) is { Length: > 0 } name)
        {
            await FileAsync(channelId, name, userIds, cancellationToken);
        }
    }

    private static string CategoryOf(ChannelAction action) =>
        action.Payload.ValueKind == JsonValueKind.Object && action.Payload.TryGetProperty("category_name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()!.Trim()
            : "";

    private async Task FileAsync(string channelId, string categoryName, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            try
            {
                await sender.Send(new CategorizeChannel { UserId = userId, ChannelId = channelId, CategoryName = categoryName }, cancellationToken);
            }
            catch (AppErrorException ex)
            {
                logger.LogWarning("Channel {Channel} was not put in the sidebar category {Category} of user {User}: {Reason}", channelId, categoryName, userId, ex.Message);
            }
        }
    }
}
