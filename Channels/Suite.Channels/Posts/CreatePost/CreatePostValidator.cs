using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Posts.CreatePost;

internal sealed class CreatePostValidator : AbstractValidator<CreatePostRequest>
{
    public CreatePostValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Message).Must(PostInputRules.ValidMessage).WithMessage("must be at most 16383 characters.");
        RuleFor(r => r.RootId).ValidRootId();
        RuleFor(r => r.FileIds).Must(PostInputRules.ValidFileIds).WithMessage("must be at most 10 valid file ids.");
        RuleFor(r => r.Props).Must(PostInputRules.ValidProps).WithMessage("must be a JSON object of at most 800000 characters.");
        RuleFor(r => r.PendingPostId).MaximumLength(PostInputRules.MaxPendingPostIdLength);
        RuleFor(r => r.Type).Must(PostInputRules.ValidType).WithMessage("must be empty or a custom_ type.");
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.Message) || r.FileIds is { Count: > 0 } || r.Props is { ValueKind: System.Text.Json.JsonValueKind.Object })
            .OverridePropertyName("message").WithMessage("must not be empty for a post without files.");
    }
}
