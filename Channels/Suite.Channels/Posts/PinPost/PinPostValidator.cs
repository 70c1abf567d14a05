using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.PinPost;

internal sealed class PinPostValidator : AbstractValidator<PinPostRequest>
{
    public PinPostValidator()
    {
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
