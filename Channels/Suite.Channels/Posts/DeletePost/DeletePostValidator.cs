using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.DeletePost;

internal sealed class DeletePostValidator : AbstractValidator<DeletePostRequest>
{
    public DeletePostValidator()
    {
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
    }
}
