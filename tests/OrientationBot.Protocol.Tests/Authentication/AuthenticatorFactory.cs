using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Authentication;

/// <summary>Builds the real authenticator over a test channel's keys.</summary>
internal static class AuthenticatorFactory
{
    public static IBotRequestAuthenticator Create(
        TestChannel channel,
        TrustedServiceUrls? trusted = null,
        string? appId = Fixture.BotAppId,
        string environment = "Production",
        TimeSpan? refreshAllowance = null,
        TimeProvider? time = null,
        Microsoft.Extensions.Logging.ILogger<BotRequestAuthenticator>? logger = null)
    {
        var credentials = Options.Create(new BotCredentials { MicrosoftAppId = appId, MicrosoftAppTenantId = Fixture.TenantId });
        var keys = new ChannelSigningKeys(
            credentials, channel.Retriever, NullLogger<ChannelSigningKeys>.Instance, refreshAllowance ?? ChannelSigningKeys.RefreshAllowance);
        return new BotRequestAuthenticator(
            credentials,
            Mock.Of<IHostEnvironment>(e => e.EnvironmentName == environment),
            keys,
            trusted ?? NewTrustedServiceUrls(),
            time ?? TimeProvider.System,
            logger ?? NullLogger<BotRequestAuthenticator>.Instance);
    }

    public static TrustedServiceUrls NewTrustedServiceUrls() => new(Options.Create(new ConnectorOptions()));
}
