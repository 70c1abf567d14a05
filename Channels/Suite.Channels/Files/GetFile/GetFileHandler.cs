using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetFile;

internal sealed class GetFileHandler(FileReadAccess files) : IRequestHandler<GetFileRequest, FileContent>
{
    public async Task<FileContent> Handle(GetFileRequest request, CancellationToken cancellationToken)
    {
        var (file, path) = await files.ContentAsync(request.FileId, cancellationToken);
        return request.Variant switch
        {
            FileVariant.Thumbnail => throw FileErrors.NoThumbnail("thumbnail"),
            FileVariant.Preview => throw FileErrors.NoThumbnail("preview"),
            _ => new FileContent(file, path),
        };
    }
}
