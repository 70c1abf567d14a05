namespace Suite.Boards.Imports;

/// <summary>
/// A read-only view of a stream that fails with <see cref="InvalidDataException"/> once more than
/// <paramref name="maxBytes"/> were read, and counts what was read into the import's progress.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long maxBytes, string what, ImportProgress? progress = null) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        BytesRead += read;
        progress?.Add(read);
        if (BytesRead > maxBytes)
        {
            throw new InvalidDataException($"{what} is larger than the limit of {maxBytes} bytes");
        }

        return read;
    }
}
