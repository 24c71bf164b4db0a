namespace OrientationBot.Tips;

/// <summary>What one tip run did; <see cref="Elapsed"/> is measured on the injected clock.</summary>
/// <param name="Retried">Sends refused with 429 or a transient failure (each was retried, or its user deferred).</param>
/// <param name="Ended">Subscriptions stopped because Teams answered 403 or 404.</param>
/// <param name="Deferred">Users whose attempts ran out this run; the next run after Tips:RetryDelay tries again.</param>
/// <param name="InDoubt">Sends whose outcome is unknown; recorded as possibly delivered and never repeated.</param>
/// <param name="Failed">Users skipped because of an unexpected error (logged); they stay due.</param>
/// <param name="Completed">Users who have had every tip; their subscription ends.</param>
/// <param name="Elsewhere">Due users another instance sharing the store had already taken (its lease had not expired).</param>
internal sealed record TipRunSummary(int Due, int Sent, int Retried, int Ended, int Deferred, int InDoubt, int Failed, int Completed, int Elsewhere,
    TimeSpan Elapsed);
