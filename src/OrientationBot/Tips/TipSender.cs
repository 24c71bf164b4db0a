using Microsoft.Extensions.Options;
using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// The hosted service behind the morning tips: every minute on the injected clock, marks sends left in flight
/// by a dead instance as in doubt, then runs a <see cref="TipRun"/>. A run longer than a minute (10,000
/// users at 50 a second take 200 s) simply delays the next one; PeriodicTimer does not queue missed ticks.
/// </summary>
internal sealed class TipSender(TipRun run, IBotStore store, TimeProvider time, IOptions<TipsOptions> options, ILogger<TipSender> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(stoppingToken);

    /// <summary>The loop itself, separate from ExecuteAsync so tests can drive it on their own clock and thread.</summary>
    internal async Task RunAsync(CancellationToken stoppingToken)
    {
        // On shutdown stop taking users at once, but give sends in flight a moment to finish: a cancelled send
        // is an unknown outcome, which the ledger has to count as delivered.
        using var abortSends = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var onStopping = stoppingToken.Register(() => abortSends.CancelAfter(options.Value.ShutdownDrainTimeout));
        try
        {
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                await RecoverAsync(stoppingToken);
                try
                {
                    await run.ExecuteAsync(stoppingToken, abortSends.Token);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.TipRunFailed(ex); // e.g. the store is unreachable; the next minute tries again
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown is not an error.
        }
    }

    private async Task RecoverAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Another live instance may be sending right now; a row older than the lease is nobody's any more.
            var inDoubt = await store.MarkInDoubtDeliveriesAsync(time.GetUtcNow() - options.Value.LeaseDuration, stoppingToken);
            if (inDoubt > 0)
                logger.InDoubtDeliveriesFound(inDoubt);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Not fatal: Sending rows already block a repeat; marking them only makes reports honest.
            logger.TipRunFailed(ex);
        }
    }
}
