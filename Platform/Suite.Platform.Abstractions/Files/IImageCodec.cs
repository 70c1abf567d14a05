namespace Suite.Platform.Files;

/// <summary>What an image is: its format (<c>png</c>, <c>jpeg</c>, <c>gif</c>, <c>webp</c>, <c>bmp</c>) and size in pixels.</summary>
public sealed record ImageFacts(string Format, int Width, int Height);

/// <summary>Reads, scales and draws images, so that modules need no image library of their own.</summary>
public interface IImageCodec
{
    /// <summary>The image's format and size, read from its header; null when the bytes are not an image the server reads.</summary>
    ImageFacts? Inspect(ReadOnlySpan<byte> image);

    /// <summary>The image scaled down, keeping its proportions, to fit <paramref name="maxWidth"/> x <paramref name="maxHeight"/>, as PNG; null when it cannot be decoded.</summary>
    byte[]? FitAsPng(ReadOnlySpan<byte> image, int maxWidth, int maxHeight);

    /// <summary>The image's centre square scaled to <paramref name="size"/> x <paramref name="size"/>, as PNG; null when it cannot be decoded.</summary>
    byte[]? SquareAsPng(ReadOnlySpan<byte> image, int size);

    /// <summary>A square PNG of <paramref name="size"/> pixels: a symmetric pattern of blocks in a colour, both drawn from <paramref name="seed"/>, so one seed always gives the same picture and two seeds rarely the same.</summary>
    byte[] Identicon(string seed, int size);
}
