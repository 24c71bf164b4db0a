using System.Net;
using System.Net.Http.Headers;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Tests.Support;
using Polly.Timeout;

namespace OrientationBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryTests
{
    private static readonly CoreActivity Message = Fixture.Activity("personal-message.json").CreateReply("Tip of the day");

    [Fact]
    public async Task Send_429WithRetryAfterThen200_RetriesOnceAfterTheGivenDelay()
    {
        using var harness = new ConnectorHarness();
        harness.Handler
            .Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Respond(HttpStatusCode.OK, """{"id":"1"}""");

        var response = await harness.Client.SendToConversationAsync(Message, CancellationToken.None);

        Assert.Equal("1", response.Id);
        Assert.Equal(2, harness.Handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], harness.Time.AutoFired);
    }

    [Fact]
    public async Task Send_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        using var harness = new ConnectorHarness();
        var until = harness.Time.GetUtcNow().AddSeconds(5);
        harness.Handler
            .Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(until))
            .Respond(HttpStatusCode.OK, """{"id":"1"}""");

        await harness.Client.SendToConversationAsync(Message, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(5)], harness.Time.AutoFired);
    }

    [Fact]
    public async Task Send_429WithRetryAfterBeyondLimit_FailsAtOnceWithRetryAfter()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(660)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(660), error.RetryAfter);
    }

    /// <summary>A message the Connector turned away without taking it (429; 503 saying when to return) is sent again, bounded.</summary>
    [Fact]
    public async Task Send_RefusedEveryTime_RetriesBoundedThenThrows()
    {
        using var harness = new ConnectorHarness(configure: o => o.MaxRetryAttempts = 3);
        harness.Handler.Respond(HttpStatusCode.ServiceUnavailable, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Equal(4, harness.Handler.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, harness.Time.AutoFired.Count);
    }

    /// <summary>
    /// A 5xx (or 412) may come after Teams delivered the message: sending it again could show it twice, so the caller gets
    /// the error ("outcome unknown") after one attempt.
    /// </summary>
    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_ServerErrorThatMayFollowDelivery_IsNotSentAgain(HttpStatusCode status)
    {
        using var harness = new ConnectorHarness(configure: o => o.MaxRetryAttempts = 3);
        harness.Handler.Respond(status).Respond(HttpStatusCode.OK, """{"id":"1"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(status, error.StatusCode);
    }

    /// <summary>An update (PUT) is idempotent: sending it twice changes nothing, so every transient answer is retried.</summary>
    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Update_TransientStatusEveryTime_RetriesBoundedThenThrows(HttpStatusCode status)
    {
        using var harness = new ConnectorHarness(configure: o => o.MaxRetryAttempts = 3);
        harness.Handler.Respond(status);
        var update = Message with { Id = "activity-1" };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.UpdateActivityAsync(update, CancellationToken.None));

        Assert.Equal(4, harness.Handler.Requests.Count);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(3, harness.Time.AutoFired.Count);
        Assert.All(harness.Time.AutoFired, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Send_PermanentStatus_ThrowsWithoutRetry(HttpStatusCode status)
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Respond(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(status, error.StatusCode);
        Assert.Empty(harness.Time.AutoFired);
    }

    [Fact]
    public async Task Send_403BlockedByUser_CarriesErrorCodeAndCorrelationId()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Respond(
            HttpStatusCode.Forbidden,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""",
            r => r.Headers.Add("X-Correlating-OperationId", "op-123"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Equal("op-123", error.CorrelationId);
    }

    [Fact]
    public async Task Send_403ProactiveWritesBlocked_CarriesSubCode()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Respond(
            HttpStatusCode.Forbidden,
            """{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked from message writes.\"}"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
    }

    [Fact]
    public async Task Send_ConnectionNeverMadeThen200_Retries()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "connection refused")).Respond(HttpStatusCode.OK, """{"id":"1"}""");

        var response = await harness.Client.SendToConversationAsync(Message, CancellationToken.None);

        Assert.Equal("1", response.Id);
        Assert.Equal(2, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Send_ConnectionNeverMadeEveryTime_ThrowsConnectorExceptionWithoutStatus()
    {
        using var harness = new ConnectorHarness(configure: o => o.MaxRetryAttempts = 2);
        harness.Handler.Throw(new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Equal(3, harness.Handler.Requests.Count);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    /// <summary>A connection reset after the request went out may follow a delivered message: it is not sent again.</summary>
    [Fact]
    public async Task Send_ResetAfterSending_IsNotSentAgain()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset")).Respond(HttpStatusCode.OK, """{"id":"1"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Single(harness.Handler.Requests);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Send_AttemptTimesOut_IsNotSentAgain()
    {
        using var harness = new ConnectorHarness(configure: o =>
        {
            o.MaxRetryAttempts = 2;
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
        });
        harness.Handler.Hang();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Single(harness.Handler.Requests);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
    }

    [Fact]
    public async Task Send_Retried_SendsTheSameBodyEachAttempt()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Respond(HttpStatusCode.TooManyRequests).Respond(HttpStatusCode.OK, """{"id":"1"}""");

        await harness.Client.SendToConversationAsync(Message, CancellationToken.None);

        var bodies = harness.Handler.Requests.Select(r => r.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Contains("Tip of the day", bodies[0], StringComparison.Ordinal);
        Assert.Equal(bodies[0], bodies[1]);
    }

    [Fact]
    public async Task Send_RetriesOff_SendsOnce()
    {
        using var harness = new ConnectorHarness(configure: o => o.MaxRetryAttempts = 0);
        harness.Handler.Respond(HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Message, CancellationToken.None));

        Assert.Single(harness.Handler.Requests);
    }

    [Fact]
    public async Task Send_CallerCancelled_ThrowsOperationCanceled()
    {
        using var harness = new ConnectorHarness();
        harness.Handler.Respond(HttpStatusCode.OK);

        var call = () => harness.Client.SendToConversationAsync(Message, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(call);
    }
}
