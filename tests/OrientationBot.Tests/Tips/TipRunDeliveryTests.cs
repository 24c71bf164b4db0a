using Microsoft.Data.Sqlite;
using Moq;
using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

/// <summary>One run at 09:00 on a Monday with many users: the ledger, pacing, throttling, failures and restarts.</summary>
public sealed class TipRunDeliveryTests
{
    private static readonly DateTimeOffset MondayNineUtc = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TipRun_RestartedMidRun_SendsEachUserOnceAndSkipsNobody()
    {
        using var bed = new TipTestBed(MondayNineUtc, configure: o => o.MaxConcurrentSends = 4);
        var users = SubscribeMany(bed, 100);
        // Teams takes 40 messages; then the process dies with four requests written but unanswered.
        bed.Messenger.Answer = call => call.Index < 40 ? TipSendResult.Delivered : null;
        var crashedRun = bed.Pump.Start(() => bed.Run.ExecuteAsync(CancellationToken.None));
        bed.Pump.RunUntil(() => false);
        Assert.False(crashedRun.IsCompleted);
        Assert.Equal(44, bed.Messenger.Calls.Count);

        bed.Restart();
        bed.Messenger.Answer = _ => TipSendResult.Delivered;
        // Past Tips:LeaseDuration: only then is a send left in flight nobody's, and recovery marks it in doubt.
        bed.RunSenderUntil(MondayNineUtc + bed.Options.LeaseDuration + TimeSpan.FromMinutes(2));

        Assert.Equal(users, bed.Messenger.Calls.Select(c => c.ConversationId).Order());
        var ledger = users.SelectMany(bed.Ledger).ToList();
        Assert.Equal(100, ledger.Count);
        Assert.All(ledger, d => Assert.Equal(("tip-01", new DateOnly(2026, 11, 2)), (d.TipId, d.LocalDate)));
        Assert.Equal(96, ledger.Count(d => d.State == DeliveryState.Sent));
        Assert.Equal(4, ledger.Count(d => d.State == DeliveryState.Unconfirmed));
    }

    [Fact]
    public void TipRun_RestartedAfterARunFinished_SendsNothingTwice()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        SubscribeMany(bed, 20);
        bed.RunOnce();

        bed.Restart();
        var second = bed.RunOnce();

        Assert.Equal(0, second.Due);
        Assert.Equal(20, bed.Messenger.Calls.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TipRun_WithAThousandUsersDueInTheSameMinute_SendsEachOnceAndAtMostFiftyASecondPerTenant(int tenants)
    {
        using var bed = new TipTestBed(MondayNineUtc);
        var users = SubscribeMany(bed, 1000, tenants);

        var summary = bed.RunOnce();

        Assert.Equal((1000, 1000, 0), (summary.Due, summary.Sent, summary.Retried));
        Assert.Equal(users, bed.Messenger.Calls.Select(c => c.ConversationId).Order());
        foreach (var tenant in bed.Messenger.Calls.GroupBy(c => c.TenantId))
        {
            var perSecond = tenant.GroupBy(c => (long)(c.At - MondayNineUtc).TotalSeconds).Select(g => g.Count()).ToList();
            Assert.All(perSecond, n => Assert.InRange(n, 1, 50));
            SendWindowAssert.NoWindowOver(tenant.Select(c => c.At).ToList(), 50);
        }
        // 1,000 sends at 50 a second per tenant: the last batch goes at 19 s (one tenant) or 9 s (two).
        Assert.Equal(TimeSpan.FromSeconds(1000 / tenants / 50 - 1), summary.Elapsed);
    }

    [Fact]
    public void TipRun_DuringA429Storm_HonoursRetryAfterAndDeliversEveryoneOnce()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        var users = SubscribeMany(bed, 200);
        var stormEnds = MondayNineUtc.AddSeconds(10);
        bed.Messenger.Answer = call => call.At < stormEnds ? TipSendResult.Throttled(TimeSpan.FromSeconds(3)) : TipSendResult.Delivered;

        var summary = bed.RunOnce();

        Assert.Equal(users, bed.Messenger.Delivered.Select(c => c.ConversationId).Order());
        var throttled = bed.Messenger.Calls.Where(c => c.Result is TipSendResult.ThrottledResult).ToList();
        Assert.Equal([0, 3, 6, 9], throttled.Select(c => (c.At - MondayNineUtc).TotalSeconds));
        foreach (var refusal in throttled)
            Assert.DoesNotContain(bed.Messenger.Calls, c => c.At > refusal.At && c.At < refusal.At.AddSeconds(3));
        Assert.Equal((200, 4, 0), (summary.Sent, summary.Retried, summary.Deferred));
        SendWindowAssert.NoWindowOver(bed.Messenger.Calls.Select(c => c.At).ToList(), 50);
    }

    [Fact]
    public void TipRun_On429WithoutRetryAfter_BacksOffBeforeTryingAgain()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        SubscribeMany(bed, 10);
        bed.Messenger.Answer = call => call.Index < 3 ? TipSendResult.Throttled(null) : TipSendResult.Delivered;

        var summary = bed.RunOnce();

        var at = bed.Messenger.Calls.Select(c => c.At).ToList();
        Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(0.5));
        Assert.True(at[2] - at[1] >= TimeSpan.FromSeconds(1));
        Assert.True(at[3] - at[2] >= TimeSpan.FromSeconds(2));
        Assert.Equal(10, summary.Sent);
    }

    [Fact]
    public void TipRun_WhenThrottledBeyondItsAttempts_DefersTheUserAndDeliversAfterTheRetryDelay()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        SubscribeMany(bed, 3);
        var stormEnds = MondayNineUtc.AddMinutes(2);
        bed.Messenger.Answer = call => call.At < stormEnds ? TipSendResult.Throttled(TimeSpan.FromSeconds(15)) : TipSendResult.Delivered;

        bed.RunSenderUntil(MondayNineUtc.AddMinutes(10));

        Assert.Equal(3, bed.Messenger.Delivered.Select(c => c.ConversationId).Distinct().Count());
        Assert.Equal(3, bed.Messenger.Delivered.Count());
        var deferred = bed.Messenger.Delivered.Single(c => c.ConversationId == "user-0000");
        Assert.True(deferred.At >= MondayNineUtc.AddMinutes(5), "the user whose five attempts were refused waits Tips:RetryDelay");
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public void TipRun_On403Or404_EndsTheSubscriptionAndRecordsWhy(int status, string reason)
    {
        using var bed = new TipTestBed(MondayNineUtc);
        bed.Subscribe("gone");
        bed.Subscribe("here");
        bed.Messenger.Answer = call => call.ConversationId == "gone" ? TipSendResult.Gone(status, reason) : TipSendResult.Delivered;

        var summary = bed.RunOnce();
        bed.RunSenderUntil(MondayNineUtc.AddDays(1).AddHours(1));

        var subscription = bed.Subscription("gone");
        Assert.Equal((SubscriptionStatus.Ended, $"{status} {reason}"), (subscription?.Status, subscription?.EndedReason));
        Assert.Equal(1, summary.Ended);
        Assert.Single(bed.Messenger.Calls, c => c.ConversationId == "gone");
        Assert.Empty(bed.Ledger("gone"));
        Assert.Equal(["tip-01", "tip-02"], bed.Messenger.Delivered.Select(c => c.TipId));
    }

    [Fact]
    public void TipRun_OnTransientFailures_RetriesAndDeliversOnce()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        bed.Subscribe("u1");
        bed.Messenger.Answer = call => call.Index < 2 ? TipSendResult.TransientFailure(503) : TipSendResult.Delivered;

        var summary = bed.RunOnce();

        Assert.Equal((1, 2), (summary.Sent, summary.Retried));
        Assert.Equal(["tip-01", "tip-01", "tip-01"], bed.Messenger.Calls.Select(c => c.TipId));
        Assert.Equal(DeliveryState.Sent, Assert.Single(bed.Ledger("u1")).State);
    }

    [Fact]
    public void TipRun_WhenTheMessengerThrows_RecordsTheTipInDoubtAndNeverRepeatsIt()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        bed.Subscribe("u1");
        bed.Messenger.Answer = call => call.Index == 0 ? throw new TimeoutException("no answer") : TipSendResult.Delivered;

        var summary = bed.RunOnce();
        bed.RunSenderUntil(MondayNineUtc.AddDays(1).AddHours(1));

        Assert.Equal(1, summary.InDoubt);
        Assert.Equal(["tip-01", "tip-02"], bed.Messenger.Calls.Select(c => c.TipId));
        Assert.Equal([DeliveryState.Unconfirmed, DeliveryState.Sent], bed.Ledger("u1").Select(d => d.State));
    }

    [Fact]
    public void TipRun_ForADueUser_HandsTheMessengerTheStoredConversationAndTheTip()
    {
        var messenger = new Mock<ITipMessenger>();
        messenger.Setup(m => m.SendAsync(It.IsAny<StoredConversation>(), It.IsAny<Tip>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TipSendResult.Delivered);
        using var bed = new TipTestBed(MondayNineUtc, messenger: messenger.Object);
        bed.Subscribe("u1", "Europe/Zurich", tenant: "tenant-7");

        bed.RunOnce();

        messenger.Verify(m => m.SendAsync(
            It.Is<StoredConversation>(c => c.ConversationId == "u1" && c.TenantId == "tenant-7" && c.ServiceUrl == "https://smba.trafficmanager.net/emea/"),
            It.Is<Tip>(t => t.Id == "tip-01" && t.Text == "Text 1."),
            It.IsAny<CancellationToken>()), Times.Once);
        messenger.VerifyNoOtherCalls();
    }

    [Fact]
    public void TipRun_WhenOneUsersLedgerIsUnreadable_SkipsThatUserAndSendsTheRest()
    {
        using var bed = new TipTestBed(MondayNineUtc);
        SubscribeMany(bed, 5);
        bed.Pump.Run(() => bed.Store.InitializeAsync(CancellationToken.None));
        using (var connection = new SqliteConnection($"Data Source={bed.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "INSERT INTO tip_deliveries VALUES ('user-0002', 0, 'tip-01', 'on_demand', 'not-a-date', 'sent', '2026-10-30T09:00:00.0000000Z', NULL)";
            corrupt.ExecuteNonQuery();
        }

        var summary = bed.RunOnce();

        Assert.Equal((5, 4, 1), (summary.Due, summary.Sent, summary.Failed));
        Assert.DoesNotContain(bed.Messenger.Calls, c => c.ConversationId == "user-0002");
    }

    private static List<string> SubscribeMany(TipTestBed bed, int count, int tenants = 1)
    {
        var users = Enumerable.Range(0, count).Select(i => $"user-{i:0000}").ToList();
        for (var i = 0; i < users.Count; i++)
            bed.Subscribe(users[i], tenant: $"tenant-{i % tenants}");
        return users;
    }
}
