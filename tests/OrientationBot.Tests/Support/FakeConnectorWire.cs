using System.Net;

namespace OrientationBot.Tests.Support;

/// <summary>
/// The Connector's side of the wire, under the real Connector client: records each request and answers from a script
/// whose last step repeats. A step may hang until the request is cancelled.
/// </summary>
internal sealed class FakeConnectorWire : HttpMessageHandler
{
    private readonly Lock gate = new();
    private readonly List<Func<CancellationToken, Task<HttpResponseMessage>>> script = [];
    private readonly List<(HttpMethod Method, Uri Uri, string? Authorization)> requests = [];
    private readonly TaskCompletionSource firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(HttpMethod Method, Uri Uri, string? Authorization)> Requests
    {
        get
        {
            lock (gate)
                return [.. requests];
        }
    }

    /// <summary>Completes when the bot's first Connector request arrives.</summary>
    public Task FirstRequest => firstRequest.Task;

    public FakeConnectorWire Respond(HttpStatusCode status, string json = """{"id":"1"}""", TimeSpan? retryAfter = null)
    {
        script.Add(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
            if (retryAfter is { } delay)
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>The Connector takes the message (it is recorded as received), then the connection resets before the answer.</summary>
    public FakeConnectorWire AcceptThenReset()
    {
        script.Add(_ => Task.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")));
        return this;
    }

    public FakeConnectorWire Hang()
    {
        script.Add(async token =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task<HttpResponseMessage>> step;
        lock (gate)
        {
            requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString()));
            step = script[Math.Min(requests.Count, script.Count) - 1];
        }

        firstRequest.TrySetResult();
        return step(cancellationToken);
    }
}
