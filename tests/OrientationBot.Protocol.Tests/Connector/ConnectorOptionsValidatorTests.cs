using OrientationBot.Protocol.Connector;

namespace OrientationBot.Protocol.Tests.Connector;

public sealed class ConnectorOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new ConnectorOptionsValidator().Validate(null, new ConnectorOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NegativeRetries_NamesTheRange()
    {
        var result = new ConnectorOptionsValidator().Validate(null, new ConnectorOptions { MaxRetryAttempts = -1 });

        Assert.Equal(["Connector:MaxRetryAttempts '-1' is out of range: set it between 0 and 10."], result.Failures);
    }

    [Fact]
    public void Validate_HttpDefaultServiceUrl_Fails()
    {
        var result = new ConnectorOptionsValidator().Validate(null, new ConnectorOptions { DefaultServiceUrl = "http://smba.trafficmanager.net/teams/" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Connector:DefaultServiceUrl 'http://smba.trafficmanager.net/teams/' is not an absolute https URL", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrustedHostWithScheme_Fails()
    {
        var result = new ConnectorOptionsValidator().Validate(null, new ConnectorOptions { AdditionalTrustedHosts = ["https://smba.example.com/"] });

        Assert.False(result.Succeeded);
    }
}
