using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.GetPost;

internal sealed class GetPostValidator : AbstractValidator<GetPostRequest>
{
    public GetPostValidator()
    {
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
