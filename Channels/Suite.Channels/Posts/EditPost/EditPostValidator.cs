using FluentValidation;
using Suite.Channels.Posts.CreatePost;
using Suite.Platform;

namespace Suite.Channels.Posts.EditPost;

internal sealed class EditPostValidator : AbstractValidator<EditPostRequest>
{
    public EditPostValidator()
    {
        RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Message).Must(PostInputRules.ValidMessage).WithMessage("must be at most 16383 characters.");
        RuleFor(r => r.FileIds).Must(PostInputRules.ValidFileIds).WithMessage("must be at most 10 valid file ids.");
        RuleFor(r => r.Props).Must(PostInputRules.ValidProps).WithMessage("must be a JSON object of at most 800000 characters.");
    }
}
