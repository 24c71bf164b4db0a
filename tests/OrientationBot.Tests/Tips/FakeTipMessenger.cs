using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

/// <summary>
/// Stands in for Teams: records every send with its simulated time and answers as <see cref="Answer"/> says
/// (Delivered by default). An answer of null models a crash mid-request: the call never returns.
/// </summary>
internal sealed class FakeTipMessenger(TimeProvider time) : ITipMessenger
{
    private readonly Lock _gate = new();

    public List<SendCall> Calls { get; } = [];

    public Func<SendCall, TipSendResult?> Answer { get; set; } = _ => TipSendResult.Delivered;

    /// <summary>How long Teams takes to answer, on the simulated clock; zero answers at once.</summary>
    public TimeSpan Latency { get; set; }

    public IEnumerable<SendCall> Delivered => Calls.Where(c => c.Result is TipSendResult.DeliveredResult);

    public Task<TipSendResult> SendAsync(StoredConversation conversation, Tip tip, CancellationToken cancellationToken)
    {
        SendCall call;
        lock (_gate)
        {
            // Recorded before answering, so a call whose answer throws is still seen to have reached Teams.
            call = new SendCall(Calls.Count, conversation.ConversationId, conversation.TenantId, tip.Id, time.GetUtcNow(), null);
            Calls.Add(call);
            call = call with { Result = Answer(call) };
            Calls[call.Index] = call;
        }
        if (call.Result is not { } result)
            return new TaskCompletionSource<TipSendResult>().Task; // the process "dies" before the answer
        return Latency > TimeSpan.Zero ? AnswerLaterAsync(result, cancellationToken) : Task.FromResult(result);
    }

    private async Task<TipSendResult> AnswerLaterAsync(TipSendResult result, CancellationToken cancellationToken)
    {
        await Task.Delay(Latency, time, cancellationToken);
        return result;
    }

    /// <param name="Index">0-based position among all calls.</param>
    internal sealed record SendCall(int Index, string ConversationId, string? TenantId, string TipId, DateTimeOffset At, TipSendResult? Result);
}
