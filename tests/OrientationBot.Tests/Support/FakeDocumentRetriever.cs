using Microsoft.IdentityModel.Protocols;

namespace OrientationBot.Tests.Support;

/// <summary>Serves fixed documents by address, as the OpenID metadata endpoint and its key set would.</summary>
internal sealed class FakeDocumentRetriever : IDocumentRetriever
{
    private readonly Dictionary<string, string> documents = new(StringComparer.Ordinal);

    public bool Unreachable { get; set; }

    public void Serve(string address, string document) => documents[address] = document;

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        !Unreachable && documents.TryGetValue(address, out var document)
            ? Task.FromResult(document)
            : Task.FromException<string>(new IOException($"No document at {address}."));
}
