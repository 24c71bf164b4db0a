using Microsoft.Extensions.Hosting;
using Moq;
using OrientationBot.Protocol.Settings;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Settings;

public sealed class BotCredentialsValidatorTests
{
    private const string Secret = "s3cr3t~value";

    [Fact]
    public void Validate_CompleteSingleTenant_Succeeds()
    {
        var result = Validate(Complete());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_AppIdNotGuid_NamesSettingValueAndFix()
    {
        var credentials = Complete();
        credentials.MicrosoftAppId = "my-bot";

        var result = Validate(credentials);

        Assert.Equal(
            ["MicrosoftAppId 'my-bot' is not a GUID: set it to the Application (client) ID of the bot's Entra app registration."],
            result.Failures);
    }

    [Fact]
    public void Validate_EmptyAppIdInProduction_ExplainsHowToRunLocally()
    {
        var result = Validate(new BotCredentials(), Environments.Production);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MicrosoftAppId is empty in the 'Production' environment: set it to the Application (client) ID", failure, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Development", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyAppIdInDevelopment_SucceedsAsLocalMode()
    {
        var result = Validate(new BotCredentials(), Environments.Development);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_PasswordWithoutAppId_Fails()
    {
        var result = Validate(new BotCredentials { MicrosoftAppPassword = Secret }, Environments.Development);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MicrosoftAppPassword is set but MicrosoftAppId is empty", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenant_NamesTheSetting()
    {
        var credentials = Complete();
        credentials.MicrosoftAppTenantId = null;

        var result = Validate(credentials);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("MicrosoftAppTenantId is empty but MicrosoftAppType is SingleTenant: set it to the Directory (tenant) ID", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MultiTenantWithoutTenant_Succeeds()
    {
        var credentials = Complete();
        credentials.MicrosoftAppType = "MultiTenant";
        credentials.MicrosoftAppTenantId = null;

        var result = Validate(credentials);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("contoso.onmicrosoft.com", true)]
    [InlineData("not a tenant", false)]
    [InlineData("contoso", false)]
    public void Validate_TenantId_AcceptsGuidOrDomain(string tenantId, bool valid)
    {
        var credentials = Complete();
        credentials.MicrosoftAppTenantId = tenantId;

        var result = Validate(credentials);

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData("SingleTenant")]
    [InlineData("MultiTenant")]
    public void Validate_NoPassword_Fails(string appType)
    {
        var credentials = Complete();
        credentials.MicrosoftAppType = appType;
        credentials.MicrosoftAppPassword = null;

        var result = Validate(credentials);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"MicrosoftAppPassword is empty but MicrosoftAppType is {appType}: set it to a client secret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManagedIdentityWithoutPassword_Succeeds()
    {
        var credentials = Complete();
        credentials.MicrosoftAppType = "userassignedmsi";
        credentials.MicrosoftAppPassword = null;

        var result = Validate(credentials);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(BotAppType.UserAssignedMSI, credentials.AppType);
    }

    [Theory]
    [InlineData("Multitenant2")]
    [InlineData("1")]
    public void Validate_UnknownAppType_ListsTheChoices(string appType)
    {
        var credentials = Complete();
        credentials.MicrosoftAppType = appType;

        var result = Validate(credentials);

        Assert.Contains(
            $"MicrosoftAppType '{appType}' is not supported: set it to SingleTenant, MultiTenant or UserAssignedMSI, or remove it for SingleTenant.",
            result.Failures!);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    public void Validate_MetadataUrlNotHttps_Fails(string url)
    {
        var credentials = Complete();
        credentials.BotOpenIdMetadataUrl = url;

        var result = Validate(credentials);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith($"BotOpenIdMetadataUrl '{url}' is not an absolute https URL", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnyFailure_NeverQuotesThePassword()
    {
        var credentials = new BotCredentials { MicrosoftAppId = "x", MicrosoftAppType = "y", MicrosoftAppPassword = Secret, MicrosoftAppTenantId = "z z" };

        var result = Validate(credentials);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
    }

    private static BotCredentials Complete() => new()
    {
        MicrosoftAppId = Fixture.BotAppId,
        MicrosoftAppPassword = Secret,
        MicrosoftAppTenantId = Fixture.TenantId,
    };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(BotCredentials credentials, string environment = "Production") =>
        new BotCredentialsValidator(Mock.Of<IHostEnvironment>(e => e.EnvironmentName == environment)).Validate(null, credentials);
}
