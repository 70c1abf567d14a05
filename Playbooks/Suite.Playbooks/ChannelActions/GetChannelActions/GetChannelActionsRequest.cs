using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.ChannelActions.GetChannelActions;

/// <summary><c>GET /actions/channels/{channel_id}</c>, optionally narrowed by <c>action_type</c> and <c>trigger_type</c>.</summary>
internal sealed record GetChannelActionsRequest(string ChannelId, string ActionType, string TriggerType) : IRequest<IReadOnlyList<ChannelAction>>;

internal sealed class GetChannelActionsValidator : AbstractValidator<GetChannelActionsRequest>
{
    public GetChannelActionsValidator()
    {
        RuleFor(r => r.ActionType).Must(t => t.Length == 0 || ChannelActionTypes.All.Contains(t))
            .WithMessage(r => $"action_type \"{r.ActionType}\" not recognized; valid values are {string.Join(", ", ChannelActionTypes.All)}");
        RuleFor(r => r.TriggerType).Must(t => t.Length == 0 || ChannelActionTriggers.All.Contains(t))
            .WithMessage(r => $"trigger_type \"{r.TriggerType}\" not recognized; valid values are {string.Join(", ", ChannelActionTriggers.All)}");
    }
}

internal sealed class GetChannelActionsHandler(ChannelActionAccess access, ChannelActionStore store) : IRequestHandler<GetChannelActionsRequest, IReadOnlyList<ChannelAction>>
{
    public async Task<IReadOnlyList<ChannelAction>> Handle(GetChannelActionsRequest request, CancellationToken cancellationToken)
    {
        await access.ViewableAsync(request.ChannelId, cancellationToken);
        return await store.ListAsync(request.ChannelId, request.ActionType, request.TriggerType, cancellationToken);
    }
}
