using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.GetThread;

internal sealed class GetThreadValidator : AbstractValidator<GetThreadRequest>
{
    public GetThreadValidator()
    {
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
