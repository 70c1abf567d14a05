using System.Globalization;
using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Files.UploadFiles;

internal sealed class UploadFilesHandler(ChannelAccess access, FileStorage storage, FileStore store, FileSettings settings, TimeProvider time)
    : IRequestHandler<UploadFilesRequest, FileUploadResponse>
{
    public async Task<FileUploadResponse> Handle(UploadFilesRequest request, CancellationToken cancellationToken)
    {
        // Membership is checked before a byte of any file is read.
        var (channel, member) = await access.MembershipAsync(request.ChannelId, cancellationToken);
        var now = time.GetUtcNow();
        var folder = Path.Combine(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), channel.Id);
        var clientIds = new List<string>(request.Upload.ClientIds);
        var files = new List<FileRecord>();
        var stored = new List<string>();
        string? temp = null;
        try
        {
            await foreach (var part in request.Upload.ReadAsync(cancellationToken))
            {
                if (part is ClientIdPart clientId)
                {
                    clientIds.Add(clientId.ClientId);
                    continue;
                }

                var file = (FilePart)part;
                var name = FileNames.Sanitize(file.FileName);
                long size;
                await using (var target = storage.CreateTemp())
                {
                    temp = target.Name;
                    (var withinLimit, size) = await FileStorage.CopyAsync(file.Body, target, settings.MaxFileSizeBytes, cancellationToken);
                    if (!withinLimit)
                    {
                        throw FileErrors.TooLarge(name, settings.MaxFileSizeBytes);
                    }
                }

                var id = Ids.New();
                var relativePath = Path.Combine(folder, id);
                stored.Add(storage.Commit(temp, relativePath));
                temp = null;
                files.Add(new FileRecord
                {
                    Id = id,
                    CreatorId = member.UserId,
                    ChannelId = channel.Id,
                    Name = name,
                    Extension = FileNames.Extension(name),
                    Size = size,
                    MimeType = FileNames.MediaType(name),
                    Path = relativePath,
                    CreateAt = now.ToUnixTimeMilliseconds(),
                    UpdateAt = now.ToUnixTimeMilliseconds(),
                });
            }

            if (files.Count == 0)
            {
                throw FileErrors.NoFiles();
            }

            if (clientIds.Count > 0 && clientIds.Count != files.Count)
            {
                throw FileErrors.ClientIds();
            }

            await store.InsertAsync(files, cancellationToken);
        }
        catch
        {
            // Nothing of a failed upload stays: not the part being written, not the files before it.
            if (temp is not null)
            {
                FileStorage.DeleteQuietly(temp);
            }

            stored.ForEach(FileStorage.DeleteQuietly);
            throw;
        }

        return new FileUploadResponse(files, clientIds);
    }
}
