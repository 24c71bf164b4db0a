using OrientationBot.Commands.Packaging;

namespace OrientationBot.Tests.Manifest;

public sealed class PackageRequestParserTests
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Theory]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("3F2504E0-4F89-11D3-9A0C-0305E82C3301")]
    [InlineData(" {3f2504e0-4f89-11d3-9a0c-0305e82c3301} ")]
    public void Parse_GuidInAnyCommonForm_GivesTheId(string appId)
    {
        var result = PackageRequestParser.Parse(appId);

        Assert.Empty(result.Errors);
        Assert.Equal(Guid.Parse(AppId), result.Request!.AppId);
    }

    [Theory]
    [InlineData("bot.example.org")]
    [InlineData("*.azurewebsites.net")]
    [InlineData("orientation-bot.un.org")]
    public void Parse_HostName_IsAccepted(string domain)
    {
        var result = PackageRequestParser.Parse(AppId, domain);

        Assert.Empty(result.Errors);
        Assert.Equal(domain, result.Request!.Domain);
    }

    [Theory]
    [InlineData("http://bot.example.org", "drop \"http://\"")]
    [InlineData("bot.example.org/", "use \"bot.example.org\"")]
    [InlineData("localhost", "no port")]
    [InlineData("bot example.org", "got \"bot example.org\"")]
    public void Parse_NotAHostName_SaysWhatToFix(string domain, string advice)
    {
        var result = PackageRequestParser.Parse(AppId, domain);

        Assert.Null(result.Request);
        Assert.Contains(advice, Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("1.0", false)]
    [InlineData("1.0.0-beta", false)]
    [InlineData("01.0.0", false)]
    [InlineData("2.10.0", true)]
    public void Parse_AppVersion_MustBeThreeNumbers(string version, bool accepted)
    {
        var result = PackageRequestParser.Parse(AppId, version: version);

        Assert.Equal(accepted, result.Errors.Count == 0);
    }

    [Fact]
    public void Parse_NameOfThirtyCharacters_IsAccepted()
    {
        var result = PackageRequestParser.Parse(AppId, name: new string('n', 30));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEach()
    {
        var result = PackageRequestParser.Parse("x", "https://x.org", new string('n', 31), "1", "package.txt");

        Assert.Null(result.Request);
        Assert.Equal(5, result.Errors.Count);
    }

    [Fact]
    public void Parse_NoOut_WritesTheDefaultFileInTheWorkingDirectory()
    {
        var result = PackageRequestParser.Parse(AppId);

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "OrientationBot-teams-app.zip"), result.Request!.OutputPath);
    }
}
