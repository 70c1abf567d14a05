using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetFileInfo;

internal sealed class GetFileInfoHandler(FileReadAccess files) : IRequestHandler<GetFileInfoRequest, FileRecord>
{
    public Task<FileRecord> Handle(GetFileInfoRequest request, CancellationToken cancellationToken) => files.ReadableAsync(request.FileId, cancellationToken);
}
