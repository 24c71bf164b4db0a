using System.Net;

namespace OrientationBot.Protocol.Tests.Support;

/// <summary>The Connector's side of the wire: records every request and answers from a script whose last step repeats.</summary>
internal sealed class FakeConnectorHandler : HttpMessageHandler
{
    private readonly object gate = new();
    private readonly List<Func<CancellationToken, Task<HttpResponseMessage>>> script = [];
    private readonly List<RecordedRequest> requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public FakeConnectorHandler Respond(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        script.Add(_ =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public FakeConnectorHandler Throw(Exception exception)
    {
        script.Add(_ => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers; the attempt ends only when its token is cancelled.</summary>
    public FakeConnectorHandler Hang()
    {
        script.Add(async token =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<CancellationToken, Task<HttpResponseMessage>> step;
        lock (gate)
        {
            requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
            step = script[Math.Min(requests.Count, script.Count) - 1];
        }

        return await step(cancellationToken);
    }
}
