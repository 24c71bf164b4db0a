using System.Threading.Channels;
using OrientationBot.Knowledge;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// Files the questions the guide did not answer, for the report, off the turn's path: a reply should not wait for a
/// durable write (about 0.2 ms each on the test machine, one at a time) that only the report reads. One writer drains
/// the queue in order and finishes it on a clean shutdown; a full queue drops new entries, with a warning.
/// </summary>
/// <remarks>
/// A user who asks the same unanswered question again the same day is filed once: the report should rank questions by
/// how many people miss them, not by how often one person retypes one. It also bounds the writes, which the load
/// runner showed to be the bot's cost at 16 concurrent users.
/// </remarks>
internal sealed class UnansweredQuestions(IBotStore store, StoreWriter writer, ILogger<UnansweredQuestions> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    // A bound on memory, not a policy: past it the day starts afresh and a repeat may be filed twice.
    private const int MaxRemembered = 100_000;

    private readonly BoundedMemo<string, byte> filedToday = new(MaxRemembered, StringComparer.Ordinal);
    private DateOnly today;

    private readonly Channel<Entry> queue = Channel.CreateBounded<Entry>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the question; <paramref name="userHash"/> comes from <see cref="UserIdHasher"/>, never a raw id.</summary>
    public void Record(string question, string userHash, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(userHash);
        if (!FirstToday(question, userHash, DateOnly.FromDateTime(at.UtcDateTime)))
            return;
        if (!queue.Writer.TryWrite(new Entry(question, userHash, at, Written: null)))
            logger.UnansweredQuestionDropped(Capacity);
    }

    private bool FirstToday(string question, string userHash, DateOnly date)
    {
        if (date != today)
        {
            filedToday.Clear();
            today = date;
        }

        return filedToday.TryAdd(userHash + "\n" + QuestionKey.Normalise(question), 0);
    }

    /// <summary>Completes once everything recorded before the call is in the store.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await queue.Writer.WriteAsync(new Entry(null, null, default, written), cancellationToken);
        await written.Task.WaitAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        // Completing the queue lets the writer finish what is queued and end; the host's shutdown timeout bounds the wait.
        queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var entry in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (entry.Written is { } written)
            {
                written.TrySetResult();
                continue;
            }

            try
            {
                await writer.RunAsync(token => store.RecordUnansweredAsync(entry.Question!, entry.UserHash!, entry.At, token), CancellationToken.None);
            }
            catch (Exception ex)
            {
                // One failed entry does not stop the rest (house style §5); the report is the poorer by one question.
                logger.UnansweredQuestionNotStored(ex);
            }
        }
    }

    /// <summary>A question to write, or (with <see cref="Written"/>) a marker that completes when reached.</summary>
    private sealed record Entry(string? Question, string? UserHash, DateTimeOffset At, TaskCompletionSource? Written);
}
