using OrientationBot.Commands.Packaging;

namespace OrientationBot.Tests.Manifest;

public sealed class PngImageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Decode_RgbaWithFilter_GivesThePixelsBack(byte filter)
    {
        var rgba = Enumerable.Range(0, 5 * 3 * 4).Select(i => (byte)(i * 37 % 256)).ToArray();

        var image = PngImage.Decode(PngFile.Rgba(5, 3, rgba, filter));

        Assert.Equal((5, 3), (image.Width, image.Height));
        Assert.Equal(rgba, image.Rgba);
    }

    [Fact]
    public void Decode_GreyAlpha_ExpandsToRgba()
    {
        var image = PngImage.Decode(PngFile.GreyAlpha(2, 1, [255, 128, 10, 0]));

        Assert.Equal(new byte[] { 255, 255, 255, 128, 10, 10, 10, 0 }, image.Rgba);
    }

    [Fact]
    public void ReadSize_TruncatedFile_Throws()
    {
        var png = PngFile.Solid(4, 4, 1, 2, 3, 4);

        Assert.Throws<InvalidDataException>(() => PngImage.ReadSize(png[..20]));
    }
}
