using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Support;

/// <summary>
/// Signs each request as the Bot Connector would, with a token whose <c>serviceurl</c> claim is the body's serviceUrl
/// (brief §1.3 step 7), so any activity a test posts passes authentication unless the test means it not to.
/// </summary>
internal sealed class TeamsSigningHandler(TestChannel channel) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channel.CreateToken(serviceUrl: ServiceUrlOf(body)));
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static string? ServiceUrlOf(string? body)
    {
        try
        {
            return body is null ? null : JsonNode.Parse(body) is JsonObject activity && activity["serviceUrl"] is JsonValue url
                && url.TryGetValue<string>(out var text) ? text : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException) // not JSON a reader can take: sign it anyway
        {
            return null;
        }
    }
}
