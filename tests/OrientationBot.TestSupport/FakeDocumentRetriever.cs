using Microsoft.IdentityModel.Protocols;

namespace OrientationBot.TestSupport;

/// <summary>
/// Serves fixed documents by address, as the OpenID metadata endpoint and its key set would, and counts every fetch.
/// </summary>
public sealed class FakeDocumentRetriever : IDocumentRetriever
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private TaskCompletionSource fetched = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool unreachable;

    /// <summary>Gets or sets whether every fetch fails, as when the signing keys cannot be reached.</summary>
    public bool Unreachable
    {
        get => unreachable;
        set => unreachable = value;
    }

    public void Serve(string address, string document)
    {
        lock (gate)
        {
            documents[address] = document;
        }
    }

    /// <summary>Returns how often <paramref name="address"/> was fetched, failed fetches included.</summary>
    public int RequestCount(string address)
    {
        lock (gate)
        {
            return counts.GetValueOrDefault(address);
        }
    }

    /// <summary>Completes once <paramref name="address"/> has been fetched at least <paramref name="count"/> times.</summary>
    public async Task WaitForRequestsAsync(string address, int count)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (counts.GetValueOrDefault(address) >= count)
                {
                    return;
                }

                next = fetched.Task;
            }

            await next;
        }
    }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        TaskCompletionSource signal;
        string? document;
        lock (gate)
        {
            counts[address] = counts.GetValueOrDefault(address) + 1;
            document = unreachable ? null : documents.GetValueOrDefault(address);
            signal = fetched;
            fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
        return document is null
            ? Task.FromException<string>(new IOException($"No document at {address}."))
            : Task.FromResult(document);
    }
}
