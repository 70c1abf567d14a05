using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetFile;

/// <summary>What of a file is asked for.</summary>
internal enum FileVariant
{
    Content = 0,
    Thumbnail = 1,
    Preview = 2,
}

/// <summary>
/// <c>GET /api/v4/files/{file_id}</c> (the bytes; <c>?download=1</c> asks for an attachment),
/// <c>/thumbnail</c> and <c>/preview</c> (which no file has: the server makes no images).
/// </summary>
internal sealed record GetFileRequest(string FileId, FileVariant Variant) : IRequest<FileContent>;

/// <summary>A readable file and the full path of its bytes.</summary>
internal sealed record FileContent(FileRecord File, string FullPath);
