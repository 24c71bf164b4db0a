namespace OrientationBot.Commands.Packaging;

/// <summary>Undoes the five PNG scanline filters (PNG specification §9.2), in place.</summary>
internal static class PngFilter
{
    public static void Unfilter(byte filter, Span<byte> line, ReadOnlySpan<byte> previous, int bytesPerPixel)
    {
        for (var x = 0; x < line.Length; x++)
        {
            int left = x >= bytesPerPixel ? line[x - bytesPerPixel] : 0;
            int up = previous[x];
            int upLeft = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
            var add = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"unknown PNG filter type {filter}"),
            };
            line[x] = (byte)(line[x] + add);
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var p = left + up - upLeft;
        var (pa, pb, pc) = (Math.Abs(p - left), Math.Abs(p - up), Math.Abs(p - upLeft));
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
}
