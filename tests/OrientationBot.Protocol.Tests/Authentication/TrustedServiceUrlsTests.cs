using Microsoft.Extensions.Options;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Protocol.Tests.Authentication;

public sealed class TrustedServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", true)]
    [InlineData("http://smba.trafficmanager.net/amer/v3/conversations", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example.com/v3/conversations", false)]
    [InlineData("https://evil.example.com/v3/conversations", false)]
    public void IsTrusted_NothingLearned_TrustsOnlyTheDefaultHostOverHttps(string url, bool expected)
    {
        var trusted = AuthenticatorFactory.NewTrustedServiceUrls();

        var result = trusted.IsTrusted(new Uri(url));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("https://connector.contoso.test/emea/v3/conversations", true)]
    [InlineData("https://CONNECTOR.contoso.test/other", true)]
    [InlineData("https://connector.contoso.test:8443/emea/v3/conversations", false)]
    [InlineData("http://connector.contoso.test/emea/v3/conversations", false)]
    public void IsTrusted_AfterTrust_MatchesSchemeHostAndPort(string url, bool expected)
    {
        var trusted = AuthenticatorFactory.NewTrustedServiceUrls();
        trusted.Trust("https://connector.contoso.test/emea/");

        var result = trusted.IsTrusted(new Uri(url));

        Assert.Equal(expected, result);
    }

    [Fact]
    public void IsTrusted_ConfiguredExtraHost_IsTrusted()
    {
        var options = Options.Create(new ConnectorOptions { AdditionalTrustedHosts = ["smba.infra.gcc.teams.microsoft.com"] });
        var trusted = new TrustedServiceUrls(options);

        var result = trusted.IsTrusted(new Uri("https://smba.infra.gcc.teams.microsoft.com/teams/v3/conversations"));

        Assert.True(result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://connector.contoso.test/")]
    public void Trust_NotAnHttpUrl_IsIgnored(string? serviceUrl)
    {
        var trusted = AuthenticatorFactory.NewTrustedServiceUrls();

        var accepted = trusted.Trust(serviceUrl);

        Assert.False(accepted);
    }
}
