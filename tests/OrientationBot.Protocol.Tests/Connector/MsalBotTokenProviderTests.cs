using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Connector;

public sealed class MsalBotTokenProviderTests
{
    [Fact]
    public async Task GetToken_LocalMode_ReturnsNull()
    {
        var provider = new MsalBotTokenProvider(Options.Create(new BotCredentials()), NullLogger<MsalBotTokenProvider>.Instance);

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
    }

    [Theory]
    [InlineData(null, "https://login.microsoftonline.com/" + Fixture.TenantId)]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/" + Fixture.TenantId)]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/botframework.com")]
    public void Authority_ByAppType_FollowsBrief(string? appType, string expected)
    {
        var credentials = new BotCredentials
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = Fixture.BotAppId,
            MicrosoftAppTenantId = Fixture.TenantId,
        };

        var authority = MsalBotTokenProvider.Authority(credentials);

        Assert.Equal(expected, authority);
    }
}
