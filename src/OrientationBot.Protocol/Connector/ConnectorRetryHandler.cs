using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace OrientationBot.Protocol.Connector;

/// <summary>Runs each Connector request through <see cref="ConnectorResiliencePipeline"/>, so callers never loop themselves.</summary>
internal sealed class ConnectorRetryHandler(
    IOptions<ConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline =
        ConnectorResiliencePipeline.Create(options.Value, timeProvider, logger);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Buffer the body once so that every attempt sends the same bytes.
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorResiliencePipeline.RequestKey, request);
        try
        {
            return await pipeline.ExecuteAsync(
                static (attemptContext, state) => new ValueTask<HttpResponseMessage>(
                    state.Handler.SendOnceAsync(state.Request, attemptContext.CancellationToken)),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
