using Suite.Platform.Mediator;

namespace Suite.Channels.Files.GetPostFileInfos;

/// <summary><c>GET /api/v4/posts/{post_id}/files/info</c>: the <c>FileInfo</c>s of a post the caller may read.</summary>
internal sealed record GetPostFileInfosRequest(string PostId) : IRequest<IReadOnlyList<FileRecord>>;
