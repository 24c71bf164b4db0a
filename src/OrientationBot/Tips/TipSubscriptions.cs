using Microsoft.Extensions.Options;
using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// What the conversation layer calls for the tips commands. Day 1 is the day the user subscribes, or the
/// start date they give; tips then come each working day at the delivery time in the user's own zone.
/// Pausing keeps the user's place: "tips on" carries on with the tip after the last one sent.
/// </summary>
internal sealed class TipSubscriptions(IBotStore store, TipProgramme programme, TimeProvider time, IOptions<TipsOptions> options)
{
    private const int MaxClaimConflicts = 3;

    public Task<StoredSubscription?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        store.GetSubscriptionAsync(conversationId, cancellationToken);

    /// <summary>"tips on": a new subscription, or the existing one made active again (paused or ended), keeping its progress.</summary>
    public async Task<StoredSubscription> SubscribeAsync(StoredConversation conversation, TimeOnly? deliveryTime, DateOnly? startDate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var now = time.GetUtcNow();
        await store.UpsertConversationAsync(conversation, now, cancellationToken);
        var id = conversation.ConversationId;
        var existing = await store.GetSubscriptionAsync(id, cancellationToken);
        var subscription = existing is null
            ? new StoredSubscription
            {
                ConversationId = id,
                DeliveryTime = deliveryTime ?? options.Value.DefaultDeliveryTime,
                StartDate = startDate ?? TipSchedule.LocalDate(now, await ZoneOfAsync(id, cancellationToken)),
            }
            : existing with
            {
                Status = SubscriptionStatus.Active,
                DeliveryTime = deliveryTime ?? existing.DeliveryTime,
                StartDate = startDate ?? existing.StartDate,
                EndedReason = null,
                EndedAt = null,
                RetryAt = null,
            };
        await store.SaveSubscriptionAsync(subscription, now, cancellationToken);
        return subscription;
    }

    /// <summary>"tips off". Null when the user has no subscription.</summary>
    public Task<StoredSubscription?> PauseAsync(string conversationId, CancellationToken cancellationToken) =>
        UpdateAsync(conversationId, s => s.Status == SubscriptionStatus.Ended ? s : s with { Status = SubscriptionStatus.Paused }, cancellationToken);

    /// <summary>Makes a paused or ended subscription active again. Null when the user has no subscription.</summary>
    public Task<StoredSubscription?> ResumeAsync(string conversationId, CancellationToken cancellationToken) =>
        UpdateAsync(conversationId, s => s with { Status = SubscriptionStatus.Active, EndedReason = null, EndedAt = null, RetryAt = null },
            cancellationToken);

    /// <summary>"tips at 8:30". Null when the user has no subscription (say "tips on" first, or subscribe with the time).</summary>
    public Task<StoredSubscription?> ChangeTimeAsync(string conversationId, TimeOnly deliveryTime, CancellationToken cancellationToken) =>
        UpdateAsync(conversationId, s => s with { DeliveryTime = deliveryTime }, cancellationToken);

    /// <summary>"start date 2026-12-01": nothing is sent before it. Null when the user has no subscription.</summary>
    public Task<StoredSubscription?> SetStartDateAsync(string conversationId, DateOnly startDate, CancellationToken cancellationToken) =>
        UpdateAsync(conversationId, s => s with { StartDate = startDate }, cancellationToken);

    /// <summary>Records the IANA zone from an activity's localTimezone; false if the id is unknown here or the conversation is not stored.</summary>
    public async Task<bool> UpdateTimeZoneAsync(string conversationId, string ianaZone, CancellationToken cancellationToken)
    {
        if (!TimeZoneLookup.TryFind(ianaZone, out var zone))
            return false;
        return await store.UpdateTimeZoneAsync(conversationId, zone.Id, cancellationToken);
    }

    /// <summary>
    /// "tip": the next tip of the user's programme, recorded as sent (the caller replies with it in the turn).
    /// On a working day whose daily tip has not gone out yet, this counts as that day's tip, so the user is not
    /// sent a second one that morning. Null once every tip has been sent.
    /// </summary>
    public async Task<Tip?> NextTipNowAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var localDate = TipSchedule.LocalDate(time.GetUtcNow(), await ZoneOfAsync(conversationId, cancellationToken));
        for (var conflict = 0; conflict < MaxClaimConflicts; conflict++)
        {
            var ledger = await store.GetDeliveriesAsync(conversationId, cancellationToken);
            if (programme.Next(ledger) is not { } next)
                return null;
            var takesTheDay = programme.Days.IsWorkingDay(localDate)
                && !ledger.Any(d => d.Kind == DeliveryKind.Daily && d.LocalDate >= localDate);
            var now = time.GetUtcNow();
            var delivery = new TipDelivery(conversationId, next.Sequence, next.Tip.Id,
                takesTheDay ? DeliveryKind.Daily : DeliveryKind.OnDemand, localDate, DeliveryState.Sent, now, now);
            // DayTaken: the morning run got there first; read again and record an extra, on-demand tip.
            if (await store.TryClaimDeliveryAsync(delivery, cancellationToken) == ClaimOutcome.Claimed)
                return next.Tip;
        }
        throw new InvalidOperationException($"The ledger kept changing while recording a tip ({MaxClaimConflicts} tries).");
    }

    private async Task<StoredSubscription?> UpdateAsync(string conversationId, Func<StoredSubscription, StoredSubscription> change,
        CancellationToken cancellationToken)
    {
        var existing = await store.GetSubscriptionAsync(conversationId, cancellationToken);
        if (existing is null)
            return null;
        var updated = change(existing);
        await store.SaveSubscriptionAsync(updated, time.GetUtcNow(), cancellationToken);
        return updated;
    }

    private async Task<TimeZoneInfo> ZoneOfAsync(string conversationId, CancellationToken cancellationToken)
    {
        var fallback = TimeZoneLookup.FindOrDefault(options.Value.DefaultTimeZone, TimeZoneInfo.Utc);
        var conversation = await store.GetConversationAsync(conversationId, cancellationToken);
        return TimeZoneLookup.FindOrDefault(conversation?.TimeZone, fallback);
    }
}
