using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Files.GetPostFileInfos;

internal sealed class GetPostFileInfosValidator : AbstractValidator<GetPostFileInfosRequest>
{
    public GetPostFileInfosValidator() => RuleFor(r => r.PostId).Must(Ids.IsValid).WithMessage("must be a valid id.");
}
