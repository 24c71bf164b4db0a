namespace OrientationBot.Conversations;

/// <summary>
/// What a turn did: the facts for its one log line (intent, unit, confidence), the reply to send through the
/// Connector, and for invokes the HTTP response instead.
/// </summary>
/// <param name="Intent">A short label: the answer's intent, <c>command:help</c>, <c>action:feedback</c>, <c>ignored:…</c>.</param>
internal sealed record TurnOutcome(string Intent, string? UnitId = null, double? Confidence = null)
{
    /// <summary>Sent through the Connector after the turn; null when the turn says nothing.</summary>
    public BotReply? Reply { get; init; }

    /// <summary>Undoes what the turn recorded on the promise of its reply, when the reply could not be sent.</summary>
    public Func<CancellationToken, Task>? UndoIfReplyFails { get; init; }

    /// <summary>The body of the HTTP response, for invokes only (brief §4).</summary>
    public InvokeResponse? Invoke { get; init; }

    public static TurnOutcome Ignored(string reason) => new($"ignored:{reason}");
}
