using Suite.Platform.Mediator;

namespace Suite.Channels.Files.UploadFiles;

/// <summary>
/// <c>POST /api/v4/files</c> (multipart: <c>channel_id</c>, then one or more <c>files</c>, optional
/// <c>client_ids</c>): a channel member uploads files to attach to a post later. Answers 201 with
/// <c>{"file_infos":[...],"client_ids":[...]}</c>.
/// </summary>
internal sealed record UploadFilesRequest(string ChannelId, MultipartUpload Upload) : IRequest<FileUploadResponse>;
