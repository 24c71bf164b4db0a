using Microsoft.IdentityModel.Protocols;

namespace OrientationBot.Protocol.Tests.Support;

/// <summary>Serves fixed documents by address and counts how often each was fetched.</summary>
internal sealed class FakeDocumentRetriever : IDocumentRetriever
{
    private readonly object gate = new();
    private readonly Dictionary<string, string> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private TaskCompletionSource fetched = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Serve(string address, string document)
    {
        lock (gate)
        {
            documents[address] = document;
        }
    }

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
            documents.TryGetValue(address, out document);
            signal = fetched;
            fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
        return document is null
            ? Task.FromException<string>(new IOException($"No document at {address}."))
            : Task.FromResult(document);
    }
}
