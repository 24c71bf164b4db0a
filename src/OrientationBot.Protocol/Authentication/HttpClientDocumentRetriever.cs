using Microsoft.IdentityModel.Protocols;

namespace OrientationBot.Protocol.Authentication;

/// <summary>Fetches the OpenID metadata and key documents over HTTPS through <see cref="IHttpClientFactory"/>.</summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    /// <summary>The name of the HTTP client used for the metadata documents.</summary>
    public const string HttpClientName = "OrientationBot.Protocol.OpenIdMetadata";

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        // A fresh retriever per call keeps the factory's handler rotation; HTTPS stays required (brief §1.5).
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = true };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
