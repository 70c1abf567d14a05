using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Users.ProfileImage;

internal sealed class GetProfileImageValidator : AbstractValidator<GetProfileImageRequest>
{
    public GetProfileImageValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}

internal sealed class SetProfileImageValidator : AbstractValidator<SetProfileImageRequest>
{
    public SetProfileImageValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}

internal sealed class DeleteProfileImageValidator : AbstractValidator<DeleteProfileImageRequest>
{
    public DeleteProfileImageValidator() => RuleFor(x => x.UserId).IsIdInUrl("user_id");
}
