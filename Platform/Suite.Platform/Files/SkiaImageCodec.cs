using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace Suite.Platform.Files;

/// <summary><see cref="IImageCodec"/> with SkiaSharp.</summary>
internal sealed class SkiaImageCodec : IImageCodec
{
    private const int IdenticonCells = 5;

    public ImageFacts? Inspect(ReadOnlySpan<byte> image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => "png",
            SKEncodedImageFormat.Jpeg => "jpeg",
            SKEncodedImageFormat.Gif => "gif",
            SKEncodedImageFormat.Webp => "webp",
            SKEncodedImageFormat.Bmp => "bmp",
            _ => null,
        };
        return format is null ? null : new ImageFacts(format, codec.Info.Width, codec.Info.Height);
    }

    public byte[]? FitAsPng(ReadOnlySpan<byte> image, int maxWidth, int maxHeight)
    {
        using var data = SKData.CreateCopy(image);
        using var bitmap = SKBitmap.Decode(data);
        if (bitmap is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, Math.Min((double)maxWidth / bitmap.Width, (double)maxHeight / bitmap.Height));
        var width = Math.Max(1, (int)Math.Round(bitmap.Width * scale));
        var height = Math.Max(1, (int)Math.Round(bitmap.Height * scale));
        using var scaled = bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return scaled is null ? null : Png(SKImage.FromBitmap(scaled));
    }

    public byte[]? SquareAsPng(ReadOnlySpan<byte> image, int size)
    {
        using var data = SKData.CreateCopy(image);
        using var bitmap = SKBitmap.Decode(data);
        if (bitmap is null)
        {
            return null;
        }

        var side = Math.Min(bitmap.Width, bitmap.Height);
        var source = SKRectI.Create((bitmap.Width - side) / 2, (bitmap.Height - side) / 2, side, side);
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var whole = SKImage.FromBitmap(bitmap);
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.DrawImage(whole, source, SKRect.Create(size, size), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return Png(surface.Snapshot());
    }

    public byte[] Identicon(string seed, int size)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var colour = SKColor.FromHsl(hash[0] * 360f / 256f, 55, 45);
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF0, 0xF0, 0xF0));
        using var paint = new SKPaint { Color = colour, IsAntialias = false };
        var cell = size / (float)(IdenticonCells + 1);
        var margin = cell / 2;
        var bit = 0;
        for (var column = 0; column <= IdenticonCells / 2; column++)
        {
            for (var row = 0; row < IdenticonCells; row++, bit++)
            {
                if ((hash[1 + (bit / 8)] >> (bit % 8) & 1) == 0)
                {
                    continue;
                }

                // Mirrored left to right, as identicons are, so the pattern reads as a shape.
                canvas.DrawRect(margin + (column * cell), margin + (row * cell), cell, cell, paint);
                canvas.DrawRect(margin + ((IdenticonCells - 1 - column) * cell), margin + (row * cell), cell, cell, paint);
            }
        }

        return Png(surface.Snapshot());
    }

    private static byte[] Png(SKImage image)
    {
        using (image)
        using (var encoded = image.Encode(SKEncodedImageFormat.Png, 100))
        {
            return encoded.ToArray();
        }
    }
}
