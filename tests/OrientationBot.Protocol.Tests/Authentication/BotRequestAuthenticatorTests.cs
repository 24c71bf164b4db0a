using Microsoft.IdentityModel.Tokens;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Authentication;
using OrientationBot.Protocol.Tests.Support;
using OrientationBot.TestSupport;

namespace OrientationBot.Protocol.Tests.Authentication;

public sealed class BotRequestAuthenticatorTests
{
    private readonly TestChannel channel = new(Fixture.BotAppId, Fixture.ServiceUrl);
    private readonly CoreActivity activity = Fixture.Activity("personal-message.json");

    [Fact]
    public async Task Authenticate_ValidToken_Succeeds()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(), activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal(Fixture.BotAppId, result.AppId);
        Assert.Equal(Fixture.ServiceUrl, result.Identity!.FindFirst(AuthenticationConstants.ServiceUrlClaim)!.Value);
    }

    [Fact]
    public async Task Authenticate_LowercaseScheme_Succeeds()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync("bearer " + channel.CreateToken(), activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ValidToken_TrustsTheServiceUrl()
    {
        var trusted = AuthenticatorFactory.NewTrustedServiceUrls();
        var authenticator = AuthenticatorFactory.Create(channel, trusted);
        var token = channel.CreateToken(d => d.Claims[AuthenticationConstants.ServiceUrlClaim] = "https://connector.contoso.test/emea/");
        var fromContoso = activity with { ServiceUrl = "https://connector.contoso.test/emea/" };

        await authenticator.AuthenticateAsync("Bearer " + token, fromContoso, CancellationToken.None);

        Assert.True(trusted.IsTrusted(new Uri("https://connector.contoso.test/emea/v3/conversations")));
    }

    [Fact]
    public async Task Authenticate_RejectedToken_DoesNotTrustTheServiceUrl()
    {
        var trusted = AuthenticatorFactory.NewTrustedServiceUrls();
        var authenticator = AuthenticatorFactory.Create(channel, trusted);
        var token = channel.CreateToken(d =>
        {
            d.Claims[AuthenticationConstants.ServiceUrlClaim] = "https://connector.contoso.test/";
            d.Audience = Guid.NewGuid().ToString();
        });

        await authenticator.AuthenticateAsync("Bearer " + token, activity with { ServiceUrl = "https://connector.contoso.test/" }, CancellationToken.None);

        Assert.False(trusted.IsTrusted(new Uri("https://connector.contoso.test/v3/conversations")));
    }

    [Fact]
    public async Task Authenticate_NoHeader_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("no Authorization header", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InRlYW1zLWtleSJ9.eyJpc3MiOjV9.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InRlYW1zLWtleSJ9.bm90anNvbg.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InRlYW1zLWtleSJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjo1fQ.c2ln")]
    public async Task Authenticate_MalformedHeader_Fails(string header)
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync(header, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_WrongIssuer_FailsBeforeFetchingKeys()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => d.Issuer = "https://sts.windows.net/" + Fixture.TenantId + "/");

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("issuer", result.FailureReason, StringComparison.Ordinal);
        Assert.Equal(0, channel.Retriever.RequestCount(AuthenticationConstants.OpenIdMetadataUrl));
    }

    [Fact]
    public async Task Authenticate_KeyNotInMetadata_FailsAndRequestsRefresh()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(key: channel.UnpublishedKey);

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        await channel.Retriever.WaitForRequestsAsync(TestChannel.KeysUrl, 2).WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Anyone can send rejected requests: their lines are budgeted per minute, and what was left out is counted.</summary>
    [Fact]
    public async Task Authenticate_AFloodOfRejectedRequests_LogsABudgetPerMinuteAndThenTheCountLeftOut()
    {
        var time = new ManualTimeProvider();
        var log = new EventLog();
        var authenticator = AuthenticatorFactory.Create(channel, time: time, logger: log);
        var budget = BotRequestAuthenticator.RejectionLinesPerMinute;

        for (var i = 0; i < budget + 30; i++)
            await authenticator.AuthenticateAsync("Bearer not-a-token", activity, CancellationToken.None);

        Assert.Equal(budget, log.Count(1003));
        Assert.Equal(0, log.Count(1006));

        time.Advance(TimeSpan.FromMinutes(1));
        await authenticator.AuthenticateAsync("Bearer not-a-token", activity, CancellationToken.None);

        Assert.Equal(budget + 1, log.Count(1003));
        Assert.Equal([30], log.Values(1006, "Count"));
    }

    [Fact]
    public void RefreshAllowance_IsShortEnoughThatAStrangersUnknownKeyCannotLockOutARotationForLong()
    {
        // The library's own default is 5 minutes: a rotated key was refused that long after one stranger's token.
        Assert.InRange(ChannelSigningKeys.RefreshAllowance, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Authenticate_KeyRotatedJustAfterAStrangersUnknownKey_IsAcceptedOnceTheAllowanceHasPassed()
    {
        var allowance = TimeSpan.FromSeconds(1);
        var authenticator = AuthenticatorFactory.Create(channel, refreshAllowance: allowance);
        Assert.True((await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(), activity, CancellationToken.None)).Succeeded);
        var stranger = await authenticator.AuthenticateAsync(
            "Bearer " + channel.CreateToken(key: channel.UnpublishedKey), activity, CancellationToken.None);
        Assert.False(stranger.Succeeded);

        var rotated = TestChannel.NewKey("rotated-key-" + Guid.NewGuid().ToString("N"));
        channel.Publish(rotated);

        // The Connector retries a refused activity; here a retry every 200 ms, for at most 10 allowances.
        var deadline = DateTime.UtcNow + (allowance * 10);
        BotAuthenticationResult result;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(key: rotated), activity, CancellationToken.None);
        }
        while (!result.Succeeded && DateTime.UtcNow < deadline);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ForgedSignatureUnderKnownKeyId_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var forger = new RsaSecurityKey(channel.UnpublishedKey.Rsa) { KeyId = channel.TeamsKey.KeyId };

        var result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(key: forger), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("validation", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_AlgorithmNotAllowed_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => d.SigningCredentials = new SigningCredentials(channel.TeamsKey, SecurityAlgorithms.RsaSsaPssSha256));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => d.Audience = Guid.NewGuid().ToString());

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("InvalidAudience", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_MissingAudience_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => d.Audience = null);

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_ExpiredBeyondSkew_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => SetLifetime(d, TimeSpan.FromHours(-2), TimeSpan.FromMinutes(-10)));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("Expired", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Succeeds()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => SetLifetime(d, TimeSpan.FromHours(-1), TimeSpan.FromMinutes(-2)));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NotYetValid_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => SetLifetime(d, TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("NotYetValid", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_KeyWithoutEndorsements_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(key: channel.UnendorsedKey), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("endorsed", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_KeyEndorsedForAnotherChannel_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(key: channel.WebChatKey), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("msteams", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_ActivityWithoutChannelId_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(), activity with { ChannelId = null }, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimMissing_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken(d => d.Claims.Remove(AuthenticationConstants.ServiceUrlClaim));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("no serviceurl claim", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlMismatch_Fails()
    {
        var authenticator = AuthenticatorFactory.Create(channel);
        var token = channel.CreateToken();

        var result = await authenticator.AuthenticateAsync("Bearer " + token, activity with { ServiceUrl = "https://evil.example.com/" }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(token, result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        var result = await authenticator.AuthenticateAsync(
            "Bearer " + channel.CreateToken(), activity with { ServiceUrl = Fixture.ServiceUrl.ToUpperInvariant() }, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ManyRequests_FetchesMetadataOnce()
    {
        var authenticator = AuthenticatorFactory.Create(channel);

        for (var i = 0; i < 3; i++)
        {
            await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(), activity, CancellationToken.None);
        }

        Assert.Equal(1, channel.Retriever.RequestCount(AuthenticationConstants.OpenIdMetadataUrl));
        Assert.Equal(1, channel.Retriever.RequestCount(TestChannel.KeysUrl));
    }

    [Fact]
    public async Task Authenticate_MetadataUnavailable_ThrowsAsAnOutage()
    {
        var empty = new TestChannel(Fixture.BotAppId, Fixture.ServiceUrl);
        empty.Retriever.Serve(TestChannel.KeysUrl, "not json");
        var authenticator = AuthenticatorFactory.Create(empty);

        var call = () => authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(), activity, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(call);
    }

    [Fact]
    public async Task Authenticate_LocalModeWithoutHeader_IsAnonymous()
    {
        var authenticator = AuthenticatorFactory.Create(channel, appId: "", environment: "Development");

        var result = await authenticator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task Authenticate_LocalModeWithToken_StillValidatesAndFails()
    {
        var authenticator = AuthenticatorFactory.Create(channel, appId: "", environment: "Development");

        var result = await authenticator.AuthenticateAsync("Bearer " + channel.CreateToken(), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_EmptyAppIdOutsideDevelopment_RejectsRequestWithoutHeader()
    {
        var authenticator = AuthenticatorFactory.Create(channel, appId: "", environment: "Production");

        var result = await authenticator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    private static void SetLifetime(SecurityTokenDescriptor descriptor, TimeSpan notBefore, TimeSpan expires)
    {
        var now = DateTime.UtcNow;
        descriptor.IssuedAt = now + notBefore;
        descriptor.NotBefore = now + notBefore;
        descriptor.Expires = now + expires;
    }

    private sealed class EventLog : Microsoft.Extensions.Logging.ILogger<BotRequestAuthenticator>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(int Id, IReadOnlyList<KeyValuePair<string, object?>> State)> entries = new();

        public int Count(int eventId) => entries.Count(e => e.Id == eventId);

        public object?[] Values(int eventId, string name) =>
            entries.Where(e => e.Id == eventId).Select(e => e.State.FirstOrDefault(p => p.Key == name).Value).ToArray();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(
            Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((eventId.Id, state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
    }
}
