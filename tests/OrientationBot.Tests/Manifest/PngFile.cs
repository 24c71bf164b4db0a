using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OrientationBot.Tests.Manifest;

/// <summary>Writes small test PNGs (8-bit RGBA or grey+alpha, one filter type for every row) to feed the checkers.</summary>
internal static class PngFile
{
    public static byte[] Solid(int width, int height, byte r, byte g, byte b, byte a) =>
        Rgba(width, height, Enumerable.Range(0, width * height).SelectMany(_ => new[] { r, g, b, a }).ToArray());

    public static byte[] Rgba(int width, int height, byte[] rgba, byte filter = 0) => Encode(width, height, colorType: 6, channels: 4, rgba, filter);

    public static byte[] GreyAlpha(int width, int height, byte[] greyAlpha) => Encode(width, height, colorType: 4, channels: 2, greyAlpha, filter: 0);

    private static byte[] Encode(int width, int height, byte colorType, int channels, byte[] pixels, byte filter)
    {
        var stride = width * channels;
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(filter);
            var line = pixels.AsSpan(y * stride, stride);
            for (var x = 0; x < stride; x++)
                raw.WriteByte((byte)(line[x] - Predict(filter, pixels, x, y, stride, channels)));
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        (header[8], header[9]) = ((byte)8, colorType);

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Deflate(raw.ToArray()));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    // Sub, Up and Average only: enough to exercise the decoder's filters beyond None.
    private static int Predict(byte filter, byte[] pixels, int x, int y, int stride, int channels)
    {
        var left = x >= channels ? pixels[y * stride + x - channels] : 0;
        var up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
        return filter switch { 1 => left, 2 => up, 3 => (left + up) / 2, _ => 0 };
    }

    private static byte[] Deflate(byte[] data)
    {
        using var result = new MemoryStream();
        using (var zlib = new ZLibStream(result, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return result.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
