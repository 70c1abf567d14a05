using FluentValidation;
using Suite.Platform;

namespace Suite.Channels.Files.UploadFiles;

internal sealed class UploadFilesValidator : AbstractValidator<UploadFilesRequest>
{
    public UploadFilesValidator()
    {
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithErrorCode("api.file.upload_file.get_channel.app_error")
            .WithMessage("must be a valid channel id, given before the files.");
    }
}
