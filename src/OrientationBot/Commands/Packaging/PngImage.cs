using System.Buffers.Binary;
using System.IO.Compression;

namespace OrientationBot.Commands.Packaging;

/// <summary>
/// Just enough PNG to check an icon: the size from IHDR, and the pixels of 8-bit, non-interlaced images of every
/// colour type, as RGBA. Chunk CRCs are not checked; Teams, not this class, is the judge of a damaged file.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte[] rgba) => (Width, Height, Rgba) = (width, height, rgba);

    public int Width { get; }

    public int Height { get; }

    /// <summary>Four bytes per pixel, rows top to bottom, not premultiplied.</summary>
    public byte[] Rgba { get; }

    /// <summary>The image size, for any valid PNG.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        var header = Chunks(png).FirstOrDefault(c => c.Type == "IHDR");
        if (header.Type is null || header.Data.Length < 13)
            throw new InvalidDataException("the PNG has no IHDR chunk");
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(header.Data), (int)BinaryPrimitives.ReadUInt32BigEndian(header.Data.AsSpan(4)));
    }

    public static PngImage Decode(byte[] png)
    {
        var (width, height) = ReadSize(png);
        var chunks = Chunks(png).ToList();
        var header = chunks.First(c => c.Type == "IHDR").Data;
        var (depth, colorType, interlace) = (header[8], header[9], header[12]);
        if (depth != 8 || interlace != 0)
            throw new InvalidDataException($"only 8-bit, non-interlaced PNGs can be checked (this one is {depth}-bit{(interlace != 0 ? ", interlaced" : "")}); save it as 8-bit RGBA");
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {colorType} is not valid") };
        var palette = chunks.FirstOrDefault(c => c.Type == "PLTE").Data ?? [];
        var transparency = chunks.FirstOrDefault(c => c.Type == "tRNS").Data;

        var raw = Inflate(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        var stride = width * channels;
        if (raw.Length < height * (stride + 1))
            throw new InvalidDataException("the PNG's image data is shorter than its size says");
        var rgba = new byte[width * height * 4];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var line = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            PngFilter.Unfilter(raw[y * (stride + 1)], line, previous, channels);
            for (var x = 0; x < width; x++)
                Pixel(line.AsSpan(x * channels, channels), colorType, palette, transparency).CopyTo(rgba.AsSpan((y * width + x) * 4));
            previous = line;
        }
        return new PngImage(width, height, rgba);
    }

    private static byte[] Pixel(ReadOnlySpan<byte> s, byte colorType, byte[] palette, byte[]? trns) => colorType switch
    {
        6 => [s[0], s[1], s[2], s[3]],
        4 => [s[0], s[0], s[0], s[1]],
        2 => [s[0], s[1], s[2], trns is { Length: >= 6 } && trns[1] == s[0] && trns[3] == s[1] && trns[5] == s[2] ? (byte)0 : (byte)255],
        0 => [s[0], s[0], s[0], trns is { Length: >= 2 } && trns[1] == s[0] ? (byte)0 : (byte)255],
        _ when s[0] * 3 + 2 < palette.Length => [palette[s[0] * 3], palette[s[0] * 3 + 1], palette[s[0] * 3 + 2], trns is not null && s[0] < trns.Length ? trns[s[0]] : (byte)255],
        _ => throw new InvalidDataException($"palette index {s[0]} is outside the PNG's palette"),
    };

    private static byte[] Inflate(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var result = new MemoryStream();
        zlib.CopyTo(result);
        return result.ToArray();
    }

    private static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            throw new InvalidDataException("not a PNG file");
        for (var at = Signature.Length; at + 8 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (length < 0 || (long)at + 12 + length > png.Length)
                throw new InvalidDataException($"the PNG's {type} chunk runs past the end of the file");
            yield return (type, png.AsSpan(at + 8, length).ToArray());
            if (type == "IEND")
                yield break;
            at += 12 + length;
        }
    }
}
