using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Suite.Platform.Errors;

namespace Suite.Channels.Files.UploadFiles;

/// <summary>A part of an upload: a file, streamed, or a form field.</summary>
internal abstract record UploadPart;

/// <summary>A file part; its body is read straight from the request.</summary>
internal sealed record FilePart(string FileName, Stream Body) : UploadPart;

/// <summary>A <c>client_ids</c> value that came after the first file.</summary>
internal sealed record ClientIdPart(string ClientId) : UploadPart;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload as it arrives, never buffering a file: the form fields
/// before the first file (<c>channel_id</c>, <c>client_ids</c>) when opened, then the parts one by one.
/// </summary>
internal sealed class MultipartUpload
{
    private const int MaxFieldBytes = 1024;

    private readonly MultipartReader _reader;
    private readonly long _maxRequestBytes;
    private MultipartSection? _pending;

    private MultipartUpload(MultipartReader reader, long maxRequestBytes)
    {
        _reader = reader;
        _maxRequestBytes = maxRequestBytes;
    }

    public string ChannelId { get; private set; } = "";

    /// <summary>The client's ids for the files, in order, given before the first file.</summary>
    public List<string> ClientIds { get; } = [];

    /// <summary>
    /// Raises the request's body limit to <paramref name="maxRequestBytes"/> and reads up to the first
    /// file. <c>channel_id</c> may also come in the query string, as Mattermost allows.
    /// </summary>
    public static async Task<MultipartUpload> OpenAsync(HttpContext http, long maxRequestBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = maxRequestBytes;
        }

        if (http.Request.ContentLength > maxRequestBytes)
        {
            throw FileErrors.RequestTooLarge(maxRequestBytes);
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw FileErrors.NotMultipart();
        }

        var upload = new MultipartUpload(new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null }, maxRequestBytes)
        {
            ChannelId = http.Request.Query["channel_id"].ToString(),
        };
        await upload.ReadFieldsAsync(http.RequestAborted);
        return upload;
    }

    /// <summary>The parts from the first file on: each file part must be read (or skipped) before the next is asked for.</summary>
    public async IAsyncEnumerable<UploadPart> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var section = _pending;
        _pending = null;
        while (section is not null)
        {
            var disposition = Disposition(section);
            if (disposition.IsFileDisposition())
            {
                var name = (disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                yield return new FilePart(name, new RequestBodyStream(section.Body, this));
            }
            else
            {
                var (name, value) = await FieldAsync(section, disposition, cancellationToken);
                if (name != "client_ids")
                {
                    throw AppErrorException.InvalidBody(name, "Only client_ids may follow the files.");
                }

                yield return new ClientIdPart(value);
            }

            section = await NextAsync(cancellationToken);
        }
    }

    private async Task ReadFieldsAsync(CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) is { } section)
        {
            var disposition = Disposition(section);
            if (disposition.IsFileDisposition())
            {
                _pending = section;
                return;
            }

            var (name, value) = await FieldAsync(section, disposition, cancellationToken);
            switch (name)
            {
                case "channel_id" when ChannelId.Length > 0 && ChannelId != value:
                    throw new AppErrorException(400, "api.file.upload_file.multiple_channel_ids.app_error", "Unable to upload the files: more than one channel_id.");
                case "channel_id":
                    ChannelId = value;
                    break;
                case "client_ids":
                    ClientIds.Add(value);
                    break;
                default:
                    throw AppErrorException.InvalidBody(name);
            }
        }
    }

    private async Task<MultipartSection?> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            throw ReadFailure(ex);
        }
    }

    /// <summary>What a failed read of the request means for the client: too large (Kestrel's limit), or malformed.</summary>
    private AppErrorException ReadFailure(Exception exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            ? FileErrors.RequestTooLarge(_maxRequestBytes)
            : new AppErrorException(400, "api.file.upload_file.multipart.app_error", "Unable to upload the files: malformed or truncated multipart body.", exception.Message);

    private static ContentDispositionHeaderValue Disposition(MultipartSection section) =>
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && (disposition.IsFormDisposition() || disposition.IsFileDisposition())
            ? disposition
            : throw new AppErrorException(400, "api.file.upload_file.multipart.app_error", "Unable to upload the files: a part is not form data.");

    private static async Task<(string Name, string Value)> FieldAsync(MultipartSection section, ContentDispositionHeaderValue disposition, CancellationToken cancellationToken)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
        var buffer = new byte[MaxFieldBytes + 1];
        var length = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxFieldBytes)
            {
                throw AppErrorException.InvalidBody(name, $"A form field holds at most {MaxFieldBytes} bytes.");
            }
        }

        return (name, Encoding.UTF8.GetString(buffer, 0, length));
    }

    /// <summary>A file part's body, whose read failures (a truncated body, one over the limit) become the client's errors.</summary>
    private sealed class RequestBodyStream(Stream inner, MultipartUpload upload) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                throw upload.ReadFailure(ex);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Upload bodies are read asynchronously.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
