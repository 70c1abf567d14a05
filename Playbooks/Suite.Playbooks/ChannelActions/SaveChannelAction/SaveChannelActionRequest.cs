using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.ChannelActions.SaveChannelAction;

/// <summary>
/// <c>POST /actions/channels/{channel_id}</c> (no <see cref="ActionId"/>: answers the new id) and
/// <c>PUT /actions/channels/{channel_id}/{action_id}</c>. The body must name the same channel (and
/// action) as the URL. Switching a welcome message on counts the channel's present members as having
/// seen it, so only people who join later receive it.
/// </summary>
internal sealed record SaveChannelActionRequest(string ChannelId, string? ActionId, ChannelActionInput Action) : IRequest<string>;

internal sealed class SaveChannelActionHandler(
    ChannelActionAccess access, ChannelActionStore store, PlaybookAccess playbooks, IChannelAudience members) : IRequestHandler<SaveChannelActionRequest, string>
{
    public async Task<string> Handle(SaveChannelActionRequest request, CancellationToken cancellationToken)
    {
        var channel = await access.EditableAsync(request.ChannelId, cancellationToken);
        var input = request.Action;
        if (input.ChannelId != request.ChannelId)
        {
            throw AppErrorException.InvalidBody("channel_id", "channel ID in request body must match channel ID in URL");
        }

        ChannelAction? existing = null;
        if (request.ActionId is not null)
        {
            if (input.Id != request.ActionId)
            {
                throw AppErrorException.InvalidBody("id", "action ID in request body must match action ID in URL");
            }

            existing = await store.FindAsync(request.ActionId, cancellationToken);
            if (existing is null || existing.ChannelId != request.ChannelId)
            {
                throw AppErrorException.NotFound("channel action");
            }
        }

        var action = new ChannelAction
        {
            Id = existing?.Id ?? Ids.New(),
            ChannelId = request.ChannelId,
            Enabled = input.Enabled,
            DeleteAt = input.DeleteAt,
            ActionType = input.ActionType ?? "",
            TriggerType = input.TriggerType ?? "",
            Payload = ChannelActionRules.Payload(input.ActionType ?? "", input.TriggerType ?? "", input.Payload),
        };

        if (action.ActionType == ChannelActionTypes.PromptRunPlaybook && ChannelActionRules.ReadPrompt(action).PlaybookId is { Length: > 0 } playbookId
            && (await playbooks.ReadableAsync(playbookId, cancellationToken)).TeamId != channel.TeamId)
        {
            throw AppErrorException.InvalidBody("payload", "the playbook must belong to the channel's team");
        }

        if (action is { ActionType: ChannelActionTypes.WelcomeMessage, Enabled: true } && existing is not { Enabled: true, ActionType: ChannelActionTypes.WelcomeMessage })
        {
            await store.MarkViewedAsync(action.ChannelId, await members.GetMemberIdsAsync(action.ChannelId, cancellationToken), cancellationToken);
        }

        var saved = existing is null ? await store.TryInsertAsync(action, cancellationToken) : await store.TryUpdateAsync(action, cancellationToken);
        return saved
            ? action.Id
            : throw AppErrorException.Conflict(
                "api.playbooks.channel_action.exists",
                $"only one action of action type \"{action.ActionType}\" and trigger type \"{action.TriggerType}\" is allowed");
    }
}
