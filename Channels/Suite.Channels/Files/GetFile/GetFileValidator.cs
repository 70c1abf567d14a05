using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Files.GetFile;

internal sealed class GetFileValidator : AbstractValidator<GetFileRequest>
{
    public GetFileValidator()
    {
        RuleFor(r => r.FileId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Variant).IsInEnum();
    }
}
