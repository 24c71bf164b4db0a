using System.Collections.Concurrent;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// Remembers the activities handled in the last few minutes, by conversation and activity id, with what their turn
/// answered: Teams re-delivers an activity when its first delivery looked lost, and the same question must not be
/// answered, nor the same vote stored, three times. A re-delivered invoke gets the first delivery's response again.
/// </summary>
internal sealed class RedeliveryFilter(TimeProvider time)
{
    /// <summary>How long an activity is remembered: longer than the Bot Service's retries of one activity last.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>At most this many are remembered; past it the oldest go first.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Seen> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>
    /// True the first time an activity arrives within the window (it is then remembered as in progress); false for a
    /// re-delivery, with what the first delivery's turn answered so far (null while it is still in progress).
    /// </summary>
    public bool TryBegin(CoreActivity activity, out InvokeResponse? earlier)
    {
        ArgumentNullException.ThrowIfNull(activity);
        earlier = null;
        if (Key(activity) is not { } key)
            return true;
        var now = time.GetUtcNow();
        Evict(now);
        if (_seen.TryAdd(key, new Seen(now, null)))
        {
            _order.Enqueue((key, now));
            return true;
        }
        earlier = _seen.TryGetValue(key, out var seen) ? seen.Response : null;
        return false;
    }

    /// <summary>Keeps what the activity's turn answered, for a re-delivery of it to get the same.</summary>
    public void Complete(CoreActivity activity, InvokeResponse? response)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Key(activity) is { } key && _seen.TryGetValue(key, out var seen))
            _seen.TryUpdate(key, seen with { Response = response }, seen);
    }

    private static string? Key(CoreActivity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : activity.Conversation.Id + "\n" + activity.Id;

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (now - oldest.At > Window || _order.Count > Capacity) && _order.TryDequeue(out oldest))
        {
            if (_seen.TryGetValue(oldest.Key, out var seen) && seen.At == oldest.At)
                _seen.TryRemove(oldest.Key, out _);
        }
    }

    private sealed record Seen(DateTimeOffset At, InvokeResponse? Response);
}
