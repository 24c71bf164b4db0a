using OrientationBot.Hosting;

namespace OrientationBot.Tests.Hosting;

/// <summary>Which command-line arguments set the host's environment or content root, and which are a sub-command's words.</summary>
public sealed class BotHostDefaultsTests
{
    [Theory]
    [InlineData("--environment", true)]
    [InlineData("--environment=Production", true)]
    [InlineData("/environment", true)]
    [InlineData("environment=Production", true)]
    [InlineData("--ENVIRONMENT=Production", true)]
    [InlineData("environment unit?", false)]
    [InlineData("environmental affairs", false)]
    [InlineData("--environmental", false)]
    [InlineData("ask", false)]
    public void SetsHostSetting_TellsSwitchesFromASubCommandsWords(string argument, bool expected) =>
        Assert.Equal(expected, BotHostDefaults.SetsHostSetting(argument, "environment"));
}
