using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Reactions.GetReactions;

internal sealed class GetReactionsValidator : AbstractValidator<GetReactionsRequest>
{
    public GetReactionsValidator()
    {
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
