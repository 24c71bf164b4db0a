namespace OrientationBot.Commands.Packaging;

/// <summary>
/// The icon rules Teams applies on upload (protocol brief §7.4): color.png 192×192; outline.png 32×32 and white on
/// transparent, meaning every pixel is fully transparent or pure white at some opacity. Checked before packaging so
/// a replaced icon fails here, with the pixel named, rather than in the Teams admin centre.
/// </summary>
internal static class IconChecker
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public static IReadOnlyList<string> Check(byte[] color, byte[] outline)
    {
        var problems = new List<string>();
        try
        {
            var (width, height) = PngImage.ReadSize(color);
            if (width != ColorSize || height != ColorSize)
                problems.Add($"{ManifestFolder.ColorIcon} is {width}×{height}; Teams needs {ColorSize}×{ColorSize}.");
        }
        catch (InvalidDataException e)
        {
            problems.Add($"{ManifestFolder.ColorIcon}: {e.Message}.");
        }
        try
        {
            var image = PngImage.Decode(outline);
            if (image.Width != OutlineSize || image.Height != OutlineSize)
                problems.Add($"{ManifestFolder.OutlineIcon} is {image.Width}×{image.Height}; Teams needs {OutlineSize}×{OutlineSize}.");
            if (FirstNonWhitePixel(image) is { } bad)
                problems.Add($"{ManifestFolder.OutlineIcon} must be white on transparent, but {bad}.");
        }
        catch (InvalidDataException e)
        {
            problems.Add($"{ManifestFolder.OutlineIcon}: {e.Message}.");
        }
        return problems;
    }

    /// <summary>Describes the first pixel that is neither fully transparent nor white, or null when there is none.</summary>
    public static string? FirstNonWhitePixel(PngImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var count = 0;
        string? first = null;
        for (var i = 0; i < image.Rgba.Length; i += 4)
        {
            var (r, g, b, a) = (image.Rgba[i], image.Rgba[i + 1], image.Rgba[i + 2], image.Rgba[i + 3]);
            if (a == 0 || (r == 255 && g == 255 && b == 255))
                continue;
            count++;
            first ??= $"pixel ({i / 4 % image.Width}, {i / 4 / image.Width}) is rgba({r}, {g}, {b}, {a})";
        }
        return first is null ? null : count == 1 ? first : $"{first} and {count - 1} more are neither";
    }
}
