using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Storage;

/// <summary>
/// What every <see cref="IBotStore"/> must do, written once and run by one subclass per store (SQLite, PostgreSQL).
/// Each test gets a fresh, empty store.
/// </summary>
public abstract class BotStoreContractTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 11, 2);
    private static readonly CancellationToken None = CancellationToken.None;

    private IBotStore? _store;

    private protected IBotStore Store => _store ??= CreateStore();

    private protected abstract IBotStore CreateStore();

    public virtual void Dispose() => (_store as IDisposable)?.Dispose();

    [StoreFact]
    public async Task Conversation_Upserted_ReadsBackTheSameReference()
    {
        var conversation = Conversation("a:1") with { TimeZone = "Europe/Zurich", Locale = "en-GB", UserAadObjectId = "aad-1" };

        await Store.UpsertConversationAsync(conversation, At, None);

        Assert.Equal(conversation, await Store.GetConversationAsync("a:1", None));
        Assert.Null(await Store.GetConversationAsync("a:unknown", None));
    }

    [StoreFact]
    public async Task Conversation_UpsertedAgain_TakesTheNewServiceUrlAndKeepsTheZoneWhenNoneIsGiven()
    {
        await Store.UpsertConversationAsync(Conversation("a:1") with { TimeZone = "Europe/Zurich" }, At, None);

        await Store.UpsertConversationAsync(Conversation("a:1") with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }, At.AddDays(1), None);

        var stored = await Store.GetConversationAsync("a:1", None);
        Assert.Equal(("https://smba.trafficmanager.net/amer/", "Europe/Zurich"), (stored?.ServiceUrl, stored?.TimeZone));
    }

    [StoreFact]
    public async Task Conversations_UpsertedTogether_ReadBackEachWithItsOwnFieldsAndKeepStoredZones()
    {
        await Store.UpsertConversationAsync(Conversation("a:1") with { TimeZone = "Europe/Zurich" }, At, None);

        var moved = Conversation("a:1") with { ServiceUrl = "https://smba.trafficmanager.net/amer/" };
        await Store.UpsertConversationsAsync([moved, Conversation("a:2") with { Locale = "fr-FR" }], At, None);
        await Store.UpsertConversationsAsync([], At, None);

        var first = await Store.GetConversationAsync("a:1", None);
        var second = await Store.GetConversationAsync("a:2", None);
        Assert.Equal(Conversation("a:1") with { ServiceUrl = "https://smba.trafficmanager.net/amer/", TimeZone = "Europe/Zurich" }, first);
        Assert.Equal(Conversation("a:2") with { Locale = "fr-FR" }, second);
    }

    [StoreFact]
    public async Task Conversation_UpsertedFromAnotherActivity_TakesItsAuthenticatedFlagWithItsServiceUrl()
    {
        await Store.UpsertConversationAsync(Conversation("a:1") with { Authenticated = true }, At, None);
        Assert.True((await Store.GetConversationAsync("a:1", None))!.Authenticated);

        await Store.UpsertConversationsAsync([Conversation("a:1") with { ServiceUrl = "http://localhost:3978/", Authenticated = false }], At, None);

        var stored = await Store.GetConversationAsync("a:1", None);
        Assert.Equal(("http://localhost:3978/", false), (stored?.ServiceUrl, stored?.Authenticated));
    }

    [StoreFact]
    public async Task UpdateTimeZone_ForAStoredOrUnknownConversation_ReportsWhetherItWasStored()
    {
        await Store.UpsertConversationAsync(Conversation("a:1"), At, None);

        Assert.True(await Store.UpdateTimeZoneAsync("a:1", "Pacific/Honolulu", None));
        Assert.False(await Store.UpdateTimeZoneAsync("a:unknown", "Pacific/Honolulu", None));
        Assert.Equal("Pacific/Honolulu", (await Store.GetConversationAsync("a:1", None))?.TimeZone);
    }

    [StoreFact]
    public async Task UnmarkWelcomed_AfterAFailedWelcome_LetsTheNextInstallWelcome()
    {
        Assert.True(await Store.TryMarkWelcomedAsync("a:1", At, None));

        await Store.UnmarkWelcomedAsync("a:1", None);

        Assert.True(await Store.TryMarkWelcomedAsync("a:1", At.AddSeconds(1), None));
        Assert.False(await Store.TryMarkWelcomedAsync("a:1", At.AddSeconds(2), None));
    }

    [StoreFact]
    public async Task TryMarkWelcomed_Twice_IsTrueOnlyTheFirstTime()
    {
        Assert.True(await Store.TryMarkWelcomedAsync("a:1", At, None));
        Assert.False(await Store.TryMarkWelcomedAsync("a:1", At.AddSeconds(1), None));
        Assert.True(await Store.TryMarkWelcomedAsync("a:2", At, None));
    }

    [StoreFact]
    public async Task ForgetConversation_OnUninstall_DeletesEverythingStoredForIt()
    {
        await Store.UpsertConversationAsync(Conversation("a:1"), At, None);
        await Store.UpsertConversationAsync(Conversation("a:2"), At, None);
        await Store.TryMarkWelcomedAsync("a:1", At, None);
        await Store.SaveSubscriptionAsync(Subscription("a:1"), At, None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 0), None);

        await Store.ForgetConversationAsync("a:1", None);

        Assert.Null(await Store.GetConversationAsync("a:1", None));
        Assert.Null(await Store.GetSubscriptionAsync("a:1", None));
        Assert.Empty(await Store.GetDeliveriesAsync("a:1", None));
        Assert.True(await Store.TryMarkWelcomedAsync("a:1", At, None)); // a reinstall is welcomed again
        Assert.NotNull(await Store.GetConversationAsync("a:2", None));
    }

    [StoreFact]
    public async Task Subscription_Saved_ReadsBackEveryField()
    {
        var subscription = Subscription("a:1") with
        {
            Status = SubscriptionStatus.Paused,
            DeliveryTime = new TimeOnly(8, 30),
            EndedReason = "why",
            EndedAt = At,
            RetryAt = At.AddMinutes(5),
        };

        await Store.SaveSubscriptionAsync(subscription, At, None);

        Assert.Equal(subscription, await Store.GetSubscriptionAsync("a:1", None));
    }

    [StoreFact]
    public async Task ActiveRecipients_ListOnlyActiveSubscriptionsWithTheirLastDailyDate()
    {
        foreach (var id in new[] { "a:1", "a:2", "a:3" })
            await Store.UpsertConversationAsync(Conversation(id), At, None);
        await Store.SaveSubscriptionAsync(Subscription("a:1"), At, None);
        await Store.SaveSubscriptionAsync(Subscription("a:2") with { Status = SubscriptionStatus.Paused }, At, None);
        await Store.SaveSubscriptionAsync(Subscription("a:3"), At, None);
        await Store.SaveSubscriptionAsync(Subscription("a:orphan"), At, None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 0), None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 1) with { LocalDate = Monday.AddDays(1) }, None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 2) with { LocalDate = Monday.AddDays(5), Kind = DeliveryKind.OnDemand }, None);

        var recipients = await Store.GetActiveRecipientsAsync(None);

        Assert.Equal([("a:1", Monday.AddDays(1)), ("a:3", (DateOnly?)null)],
            recipients.Select(r => (r.Conversation.ConversationId, r.LastDailyDate)));
        Assert.Equal(Conversation("a:1"), recipients[0].Conversation);
    }

    [StoreFact]
    public async Task TryClaimDelivery_ForATakenDayOrSequence_SaysWhichAndInsertsNothing()
    {
        Assert.Equal(ClaimOutcome.Claimed, await Store.TryClaimDeliveryAsync(Delivery("a:1", 0), None));

        Assert.Equal(ClaimOutcome.DayTaken, await Store.TryClaimDeliveryAsync(Delivery("a:1", 1), None));
        Assert.Equal(ClaimOutcome.SequenceTaken, await Store.TryClaimDeliveryAsync(Delivery("a:1", 0) with { LocalDate = Monday.AddDays(1) }, None));
        Assert.Equal(ClaimOutcome.Claimed, await Store.TryClaimDeliveryAsync(Delivery("a:1", 1) with { Kind = DeliveryKind.OnDemand }, None));
        Assert.Equal(ClaimOutcome.Claimed, await Store.TryClaimDeliveryAsync(Delivery("a:2", 0), None));
        Assert.Equal([0, 1], (await Store.GetDeliveriesAsync("a:1", None)).Select(d => d.Sequence));
    }

    [StoreFact]
    public async Task Ledger_ConfirmReleaseAndInDoubt_MoveOnlyTheRowsTheyShould()
    {
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 0), None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 1) with { Kind = DeliveryKind.OnDemand }, None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 2) with { Kind = DeliveryKind.OnDemand }, None);
        await Store.TryClaimDeliveryAsync(Delivery("a:1", 3) with { Kind = DeliveryKind.OnDemand, ClaimedAt = At.AddHours(1) }, None);

        await Store.ConfirmDeliveryAsync("a:1", 0, At.AddSeconds(1), None);
        await Store.ReleaseDeliveryAsync("a:1", 0, None); // already sent: must stay
        await Store.ReleaseDeliveryAsync("a:1", 1, None);
        var inDoubt = await Store.MarkInDoubtDeliveriesAsync(At, None);

        var ledger = await Store.GetDeliveriesAsync("a:1", None);
        Assert.Equal([(0, DeliveryState.Sent), (2, DeliveryState.Unconfirmed), (3, DeliveryState.Sending)], ledger.Select(d => (d.Sequence, d.State)));
        Assert.Equal(At.AddSeconds(1), ledger[0].ConfirmedAt);
        Assert.Equal(1, inDoubt);

        await Store.ConfirmDeliveryAsync("a:1", 2, At.AddMinutes(1), None);
        Assert.Equal(DeliveryState.Sent, (await Store.GetDeliveriesAsync("a:1", None))[1].State);
    }

    [StoreFact]
    public async Task Ledger_Row_ReadsBackEveryField()
    {
        var delivery = Delivery("a:1", 7) with { TipId = "unit-of-the-day:pd", Kind = DeliveryKind.OnDemand, State = DeliveryState.Sent, ConfirmedAt = At.AddSeconds(2) };

        await Store.TryClaimDeliveryAsync(delivery, None);

        Assert.Equal(delivery, Assert.Single(await Store.GetDeliveriesAsync("a:1", None)));
    }

    [StoreFact]
    public async Task EndAndDeferSubscription_RecordReasonAndRetryTime()
    {
        await Store.SaveSubscriptionAsync(Subscription("a:1"), At, None);
        await Store.SaveSubscriptionAsync(Subscription("a:2"), At, None);

        await Store.EndSubscriptionAsync("a:1", "404 ConversationNotFound", At, None);
        await Store.DeferSubscriptionAsync("a:2", At.AddMinutes(5), None);

        var ended = await Store.GetSubscriptionAsync("a:1", None);
        Assert.Equal((SubscriptionStatus.Ended, "404 ConversationNotFound", At), (ended?.Status, ended?.EndedReason, ended?.EndedAt));
        Assert.Equal(At.AddMinutes(5), (await Store.GetSubscriptionAsync("a:2", None))?.RetryAt);
    }

    [StoreFact]
    public async Task TryLeaseRecipient_HeldByAnotherOwner_IsRefusedUntilTheLeaseExpires()
    {
        await Store.SaveSubscriptionAsync(Subscription("a:1"), At, None);

        Assert.True(await Store.TryLeaseRecipientAsync("a:1", "host-a", At, At.AddMinutes(10), None));
        Assert.False(await Store.TryLeaseRecipientAsync("a:1", "host-b", At.AddMinutes(9), At.AddMinutes(19), None));
        Assert.True(await Store.TryLeaseRecipientAsync("a:1", "host-a", At.AddMinutes(9), At.AddMinutes(20), None)); // its own, renewed
        Assert.False(await Store.TryLeaseRecipientAsync("a:1", "host-b", At.AddMinutes(19), At.AddMinutes(29), None));
        Assert.True(await Store.TryLeaseRecipientAsync("a:1", "host-b", At.AddMinutes(20), At.AddMinutes(30), None));
        Assert.False(await Store.TryLeaseRecipientAsync("a:unknown", "host-a", At, At.AddMinutes(10), None));
    }

    [StoreFact]
    public async Task TopUnanswered_GroupsQuestionsByCaseAndSpacing_MostUsersFirst()
    {
        var asked = new[] { "Where is OMA?", "where is  oma", "WHERE IS OMA", "Who heads DPET?", "who heads dpet", "What is UNMAS?" };
        for (var i = 0; i < asked.Length; i++)
            await Store.RecordUnansweredAsync(asked[i], $"user-{i}", At, None);

        var top = await Store.TopUnansweredAsync(2, ReportPeriod.All, None);

        Assert.Equal([new QuestionCount("where is oma", 3), new QuestionCount("who heads dpet", 2)], top);
    }

    /// <summary>One user asking on three days is one user: the report weighs how many people the guide failed.</summary>
    [StoreFact]
    public async Task TopUnanswered_SameUserOnSeveralDays_CountsOnce()
    {
        for (var day = 0; day < 3; day++)
            await Store.RecordUnansweredAsync("where is the canteen", "same-user", At.AddDays(day), None);
        await Store.RecordUnansweredAsync("parking", "user-a", At, None);
        await Store.RecordUnansweredAsync("parking", "user-b", At, None);

        var top = await Store.TopUnansweredAsync(5, ReportPeriod.All, None);

        Assert.Equal([new QuestionCount("parking", 2), new QuestionCount("where is the canteen", 1)], top);
    }

    [StoreFact]
    public async Task Report_Period_TakesSinceInclusiveAndUntilExclusive()
    {
        await Store.RecordUnansweredAsync("before", "u1", At.AddDays(-1), None);
        await Store.RecordUnansweredAsync("first day", "u1", At, None);
        await Store.RecordUnansweredAsync("last moment", "u1", At.AddDays(7).AddTicks(-10), None);
        await Store.RecordUnansweredAsync("after", "u1", At.AddDays(7), None);
        await Store.RecordFeedbackAsync("q", "pd", helpful: false, "too early", "u1", At.AddDays(-1), None);
        await Store.RecordFeedbackAsync("q2", "pd", helpful: false, "in time", "u2", At.AddDays(1), None);

        var period = new ReportPeriod(At, At.AddDays(7));
        var questions = await Store.TopUnansweredAsync(10, period, None);
        var units = await Store.TopNotHelpfulUnitsAsync(10, period, None);
        var comments = await Store.FeedbackCommentsAsync(10, period, None);

        Assert.Equal(["first day", "last moment"], questions.Select(q => q.Question).Order(StringComparer.Ordinal));
        Assert.Equal([new UnitFeedbackCount("pd", 1, 0)], units);
        Assert.Equal("in time", Assert.Single(comments).Comment);
    }

    /// <summary>A second vote on the same answer replaces the first: one vote per user per answer, changeable.</summary>
    [StoreFact]
    public async Task RecordFeedback_SameUserSameAnswerAgain_ReplacesTheVote()
    {
        await Store.RecordFeedbackAsync("Who heads PD?", "pd", helpful: false, "wrong", "u1", At, None);
        await Store.RecordFeedbackAsync("who heads  pd", "pd", helpful: true, null, "u1", At.AddMinutes(1), None);
        await Store.RecordFeedbackAsync("who heads pd", "pd", helpful: true, null, "u1", At.AddMinutes(1), None); // re-delivered
        await Store.RecordFeedbackAsync("what does pd do", "pd", helpful: false, "vague", "u1", At, None);

        var units = await Store.TopNotHelpfulUnitsAsync(5, ReportPeriod.All, None);
        var comments = await Store.FeedbackCommentsAsync(5, ReportPeriod.All, None);

        Assert.Equal([new UnitFeedbackCount("pd", 1, 1)], units);
        Assert.Equal(["vague"], comments.Select(c => c.Comment));
    }

    [StoreFact]
    public async Task FeedbackComments_ListsWhatUsersWrote_NewestFirst()
    {
        await Store.RecordFeedbackAsync("who heads pd", "pd", helpful: false, "names are old", "u1", At, None);
        await Store.RecordFeedbackAsync("what is oma", null, helpful: false, "  ", "u2", At.AddHours(1), None);
        await Store.RecordFeedbackAsync("what is dpet", "dpet", helpful: true, "great", "u3", At.AddHours(2), None);

        var comments = await Store.FeedbackCommentsAsync(5, ReportPeriod.All, None);

        Assert.Equal(
            [new FeedbackComment(At.AddHours(2), "what is dpet", "dpet", true, "great"), new FeedbackComment(At, "who heads pd", "pd", false, "names are old")],
            comments);
    }

    [StoreFact]
    public async Task TopNotHelpfulUnits_CountsUsersPerUnit_MostNotHelpfulFirst()
    {
        await Store.RecordFeedbackAsync("q", "pd", helpful: false, "wrong head", "h1", At, None);
        await Store.RecordFeedbackAsync("q", "pd", helpful: false, null, "h2", At, None);
        await Store.RecordFeedbackAsync("q", "pd", helpful: true, null, "h3", At, None);
        await Store.RecordFeedbackAsync("q", "oma", helpful: false, null, "h1", At, None);
        await Store.RecordFeedbackAsync("q", "jcs", helpful: true, null, "h1", At, None);
        await Store.RecordFeedbackAsync("q", null, helpful: false, null, "h1", At, None);

        var top = await Store.TopNotHelpfulUnitsAsync(5, ReportPeriod.All, None);

        Assert.Equal([new UnitFeedbackCount("pd", 2, 1), new UnitFeedbackCount("oma", 1, 0)], top);
    }

    [StoreFact]
    public async Task Initialize_CalledAgain_IsHarmless()
    {
        await Store.InitializeAsync(None);
        await Store.UpsertConversationAsync(Conversation("a:1"), At, None);

        await Store.InitializeAsync(None);

        Assert.NotNull(await Store.GetConversationAsync("a:1", None));
    }

    private protected static StoredConversation Conversation(string id) => new()
    {
        ConversationId = id,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        TenantId = "tenant-1",
        UserId = "29:user-" + id,
        BotId = "28:bot",
        ConversationType = "personal",
    };

    private static StoredSubscription Subscription(string id) => new() { ConversationId = id, StartDate = Monday };

    private static TipDelivery Delivery(string id, int sequence) =>
        new(id, sequence, $"tip-{sequence}", DeliveryKind.Daily, Monday, DeliveryState.Sending, At);
}
