namespace OrientationBot.Storage;

/// <summary>
/// Creates or migrates the schema while the host starts, so a bad data directory stops the bot at once with
/// a clear error instead of failing the first conversation. Registered before the tip sender.
/// </summary>
internal sealed class StoreInitializer(IBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
