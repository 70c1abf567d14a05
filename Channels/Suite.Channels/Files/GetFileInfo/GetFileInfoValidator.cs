using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Files.GetFileInfo;

internal sealed class GetFileInfoValidator : AbstractValidator<GetFileInfoRequest>
{
    public GetFileInfoValidator() => RuleFor(r => r.FileId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
