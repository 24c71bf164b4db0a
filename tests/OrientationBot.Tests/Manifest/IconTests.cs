using OrientationBot.Commands.Packaging;

namespace OrientationBot.Tests.Manifest;

/// <summary>The committed icons against the rules Teams applies on upload (protocol brief §7.4).</summary>
public sealed class IconTests
{
    private static byte[] Icon(string name) => File.ReadAllBytes(Path.Combine(ManifestCopy.RepositoryManifest, name));

    [Fact]
    public void ColorIcon_Is192Square()
    {
        var image = PngImage.Decode(Icon("color.png"));

        Assert.Equal((192, 192), (image.Width, image.Height));
        Assert.All(Enumerable.Range(0, image.Width * image.Height), i => Assert.Equal(255, image.Rgba[i * 4 + 3])); // full-bleed, Teams rounds it
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var image = PngImage.Decode(Icon("outline.png"));

        Assert.Equal((32, 32), (image.Width, image.Height));
        Assert.Null(IconChecker.FirstNonWhitePixel(image));
        Assert.Contains(Enumerable.Range(0, 32 * 32), i => image.Rgba[i * 4 + 3] == 255); // something is drawn
    }

    [Fact]
    public void Check_CommittedIcons_FindsNothing()
    {
        Assert.Empty(IconChecker.Check(Icon("color.png"), Icon("outline.png")));
    }

    [Fact]
    public void Check_ColouredOutline_NamesThePixel()
    {
        var rgba = new byte[32 * 32 * 4];
        rgba.AsSpan(((3 * 32) + 5) * 4, 4).Fill(255);
        rgba[((3 * 32) + 5) * 4 + 2] = 0; // yellow at (5, 3)
        rgba.AsSpan(((4 * 32) + 5) * 4, 4).Fill(255);
        rgba[((4 * 32) + 5) * 4] = 254; // off-white at (5, 4)

        var problems = IconChecker.Check(Icon("color.png"), PngFile.Rgba(32, 32, rgba));

        Assert.Equal("outline.png must be white on transparent, but pixel (5, 3) is rgba(255, 255, 0, 255) and 1 more are neither.", Assert.Single(problems));
    }

    [Fact]
    public void Check_SemiTransparentWhiteOutline_IsAllowed()
    {
        var problems = IconChecker.Check(Icon("color.png"), PngFile.Solid(32, 32, 255, 255, 255, 90));

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_NotPngFiles_SaysSo()
    {
        var problems = IconChecker.Check("GIF89a"u8.ToArray(), []);

        Assert.Equal(["color.png: not a PNG file.", "outline.png: not a PNG file."], problems);
    }
}
