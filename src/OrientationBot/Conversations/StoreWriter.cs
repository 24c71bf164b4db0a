namespace OrientationBot.Conversations;

/// <summary>
/// Runs the conversation layer's writes to the store one at a time. SQLite takes one writer at a time anyway, and
/// Microsoft.Data.Sqlite answers a busy database by blocking its thread for 150 ms before each retry
/// (SqliteCommand.PrepareAndEnumerateStatements); queueing here instead costs only the wait for the write ahead.
/// Found with the load runner: at 16 concurrent users the retries cut throughput to a third.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task RunAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await write(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
