using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Authentication;
using Polly.Timeout;

namespace OrientationBot.Protocol.Connector;

/// <summary>
/// Calls the Connector REST API v3 through the named HTTP client whose handlers retry (brief §2.5) and add the
/// bot's token for trusted hosts only (brief §1.4). Ids are escaped in every URL (brief §2.2).
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    TrustedServiceUrls trustedServiceUrls,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    /// <summary>The name of the HTTP client carrying the retry and authorization handlers.</summary>
    public const string HttpClientName = "OrientationBot.Protocol.Connector";

    public Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var replyToId = Required(reply.ReplyToId, "replyToId", nameof(reply));
        return SendActivityAsync("ReplyToActivity", HttpMethod.Post, reply, "/" + Uri.EscapeDataString(replyToId), cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendActivityAsync("SendToConversation", HttpMethod.Post, activity, string.Empty, cancellationToken);
    }

    public Task<ResourceResponse> SendProactiveAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        trustedServiceUrls.Trust(activity.ServiceUrl);
        return SendActivityAsync("SendProactive", HttpMethod.Post, activity, string.Empty, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = Required(activity.Id, "id", nameof(activity));
        return SendActivityAsync("UpdateActivity", HttpMethod.Put, activity, "/" + Uri.EscapeDataString(id), cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = ConnectorUri(serviceUrl, "v3/conversations");
        var body = JsonBody(parameters, ProtocolJsonContext.Default.ConversationParameters);
        var response = await SendAsync("CreateConversation", HttpMethod.Post, uri, body, ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken)
            .ConfigureAwait(false);
        return response ?? new ConversationResourceResponse();
    }

    /// <summary>Joins the service URL and a v3 path the way botbuilder does: <c>serviceUrl.TrimEnd('/') + "/v3/…"</c> (brief §2.2).</summary>
    internal static Uri ConnectorUri(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl.TrimEnd('/') + "/" + path, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The service URL '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        return uri;
    }

    private async Task<ResourceResponse> SendActivityAsync(
        string operation, HttpMethod method, CoreActivity activity, string idSuffix, CancellationToken cancellationToken)
    {
        var serviceUrl = Required(activity.ServiceUrl, "serviceUrl", nameof(activity));
        var conversationId = Required(activity.Conversation?.Id, "conversation.id", nameof(activity));
        var uri = ConnectorUri(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities{idSuffix}");
        var body = JsonBody(activity, ProtocolJsonContext.Default.CoreActivity);
        var response = await SendAsync(operation, method, uri, body, ProtocolJsonContext.Default.ResourceResponse, cancellationToken)
            .ConfigureAwait(false);
        return response ?? new ResourceResponse();
    }

    private async Task<T?> SendAsync<T>(
        string operation, HttpMethod method, Uri uri, HttpContent body, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, uri) { Content = body };
        using var response = await SendRequestAsync(operation, request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(operation, uri, response, cancellationToken).ConfigureAwait(false);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, responseType);
        }
        catch (JsonException ex)
        {
            // The message was delivered; an unreadable answer is not worth failing the caller for.
            logger.ConnectorResponseUnreadable(operation, uri.Host, ex);
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendRequestAsync(string operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException)
        {
            var host = request.RequestUri!.Host;
            logger.ConnectorCallUnanswered(operation, host, ex);
            var what = ex is HttpRequestException ? "a network error" : "a timeout";
            throw new ConnectorException($"Connector {operation} to {host} failed with {what} after its retries.", innerException: ex);
        }
    }

    private async Task<ConnectorException> FailureAsync(string operation, Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var errorCode = ConnectorErrorBody.ReadCode(body);
        var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        var status = (int)response.StatusCode;
        logger.ConnectorCallFailed(operation, uri.Host, status, errorCode, correlationId);
        return new ConnectorException(
            $"Connector {operation} to {uri.Host} answered {status} {response.ReasonPhrase}{(errorCode is null ? string.Empty : $" ({errorCode})")}.",
            response.StatusCode,
            RetryAfterHeader.Read(response, timeProvider),
            errorCode,
            correlationId);
    }

    private static ByteArrayContent JsonBody<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        // Bytes, not a stream: the retry handler can send the same body again.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string Required(string? value, string field, string parameterName) =>
        string.IsNullOrEmpty(value)
            ? throw new ArgumentException($"The activity has no {field}; CoreActivity.CreateReply sets it.", parameterName)
            : value;
}
