using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetFileInfo;

/// <summary><c>GET /api/v4/files/{file_id}/info</c>: the file's <c>FileInfo</c>, for members of its channel.</summary>
internal sealed record GetFileInfoRequest(string FileId) : IRequest<FileRecord>;
