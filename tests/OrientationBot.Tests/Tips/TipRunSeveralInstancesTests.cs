using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using OrientationBot.Storage;
using OrientationBot.Tests.Support;
using OrientationBot.Tips;
using Xunit.Abstractions;

namespace OrientationBot.Tests.Tips;

/// <summary>
/// Several instances of the tips stack (store, send log, pacer, run, hosted loop), each with its own connections,
/// sharing one PostgreSQL schema, one simulated clock and one fake Teams, the way an office runs two or three hosts.
/// </summary>
public sealed class TipRunSeveralInstancesTests(ITestOutputHelper output) : IDisposable
{
    private const int Users = 1000;
    private const int Instances = 3;
    private static readonly DateTimeOffset MondayNineUtc = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private TestSchema? _schema;

    [PostgresFact]
    public void TipRun_OnThreeInstancesWithOneKilledMidRun_SendsEveryUserExactlyOneTipWithinFiftyASecondOverall()
    {
        _schema = TestPostgres.CreateSchema();
        var time = new SimulatedTime(MondayNineUtc.AddMinutes(-1));
        var pump = new SimulatedTimePump(time);
        var teams = new FakeTipMessenger(time) { Latency = TimeSpan.FromMilliseconds(200) };
        var options = new TipsOptions();
        var users = Subscribe(Users);
        // Hosts started a second apart, so their minute ticks fall at 09:00:00, :01 and :02.
        var instances = new List<Instance>();
        for (var i = 0; i < Instances; i++)
        {
            pump.RunUntilTime(MondayNineUtc.AddMinutes(-1).AddSeconds(i));
            instances.Add(StartInstance($"instance-{i}", pump, time, teams, options));
        }

        // Seven seconds into the run the second host dies: sends in flight are never answered, leased users never sent.
        pump.RunUntilTime(MondayNineUtc.AddSeconds(7));
        instances[1].Process.Kill();
        var killedHadSent = instances[1].Sends;
        pump.RunUntilTime(MondayNineUtc + options.LeaseDuration + TimeSpan.FromMinutes(2));
        foreach (var survivor in instances.Where(i => !i.Process.Killed))
            survivor.Stop(pump);

        var received = teams.Calls.GroupBy(c => c.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var ledger = ReadLedger();
        var perSecond = teams.Calls.GroupBy(c => (long)Math.Floor((c.At - MondayNineUtc).TotalSeconds)).Select(g => g.Count()).ToList();
        output.WriteLine($"{Users} users, {Instances} instances (instance-1 killed at 09:00:07 after {killedHadSent} sends); " +
            $"sends per instance {string.Join(" / ", instances.Select(i => i.Sends))}, total {teams.Calls.Count}; " +
            $"duplicates {received.Values.Count(n => n > 1)}, lost {users.Count(u => !received.ContainsKey(u))}; " +
            $"busiest second {perSecond.Max()}; ledger {ledger.Count(d => d.State == DeliveryState.Sent)} sent, " +
            $"{ledger.Count(d => d.State == DeliveryState.Unconfirmed)} in doubt; {teams.Calls.Count(c => c.At > MondayNineUtc.AddMinutes(1))} " +
            $"taken over after the dead host's leases expired, the last at {teams.Calls.Max(c => c.At):HH:mm:ss}");

        Assert.Equal(users, received.Keys.Order(StringComparer.Ordinal));
        Assert.All(received.Values, count => Assert.Equal(1, count));
        Assert.All(instances, i => Assert.True(i.Sends > 0, $"{i.Name} sent nothing: the instances did not share the run"));
        Assert.InRange(perSecond.Max(), 1, options.MaxSendsPerSecondPerTenant);
        SendWindowAssert.NoWindowOver(teams.Calls.Select(c => c.At).ToList(), options.MaxSendsPerSecondPerTenant);
        Assert.Equal(Users, ledger.Count);
        Assert.All(ledger, d => Assert.Equal((DeliveryKind.Daily, Monday, "tip-01"), (d.Kind, d.LocalDate, d.TipId)));
        // Only the dead host's unanswered sends are in doubt, and recovery marked them once their lease ran out.
        var inDoubt = ledger.Where(d => d.State == DeliveryState.Unconfirmed).Select(d => d.ConversationId).ToHashSet();
        Assert.NotEmpty(inDoubt);
        Assert.Equal(Users - inDoubt.Count, ledger.Count(d => d.State == DeliveryState.Sent));
        Assert.All(teams.Calls.Where(c => inDoubt.Contains(c.ConversationId)), c => Assert.Equal(MondayNineUtc.AddSeconds(7), c.At));
    }

    public void Dispose() => _schema?.Dispose();

    private List<string> Subscribe(int count)
    {
        using var dataSource = _schema!.NewDataSource("setup");
        var store = new PostgresBotStore(dataSource, NullLogger<PostgresBotStore>.Instance);
        var users = Enumerable.Range(0, count).Select(i => $"user-{i:0000}").ToList();
        Task.WaitAll(users.Chunk(100).Select(async chunk =>
        {
            foreach (var user in chunk)
            {
                await store.UpsertConversationAsync(TipTestBed.Conversation(user), MondayNineUtc, CancellationToken.None);
                await store.SaveSubscriptionAsync(new StoredSubscription { ConversationId = user, StartDate = Monday }, MondayNineUtc, CancellationToken.None);
            }
        }));
        return users;
    }

    private Instance StartInstance(string name, SimulatedTimePump pump, SimulatedTime time, FakeTipMessenger teams, TipsOptions settings)
    {
        var process = pump.NewProcess();
        var dataSource = _schema!.NewDataSource(name);
        var store = process.Track<IBotStore>(new PostgresBotStore(dataSource, NullLogger<PostgresBotStore>.Instance));
        var sendLog = process.Track<ITenantSendLog>(new PostgresSendLog(dataSource));
        var instance = new Instance(name, process);
        var messenger = new Mock<ITipMessenger>();
        messenger.Setup(m => m.SendAsync(It.IsAny<StoredConversation>(), It.IsAny<Tip>(), It.IsAny<CancellationToken>()))
            .Returns((StoredConversation conversation, Tip tip, CancellationToken token) =>
            {
                instance.Sends++;
                return teams.SendAsync(conversation, tip, token);
            });
        var options = Microsoft.Extensions.Options.Options.Create(settings);
        var run = new TipRun(store, new TipProgramme(new TipCatalogue(TipTestBed.NumberedTips(40)), units: null), messenger.Object,
            new TenantSendPacer(time, settings.MaxSendsPerSecondPerTenant, sendLog), new UserIdHasher([1, 2, 3]), time, options,
            NullLogger<TipRun>.Instance);
        var sender = new TipSender(run, store, time, options, NullLogger<TipSender>.Instance);
        instance.Loop = process.Start(() => sender.RunAsync(instance.Stopping.Token));
        return instance;
    }

    private List<TipDelivery> ReadLedger()
    {
        using var dataSource = _schema!.NewDataSource("check");
        var store = new PostgresBotStore(dataSource, NullLogger<PostgresBotStore>.Instance);
        var ids = store.GetActiveRecipientsAsync(CancellationToken.None).GetAwaiter().GetResult().Select(r => r.Conversation.ConversationId);
        return ids.SelectMany(id => store.GetDeliveriesAsync(id, CancellationToken.None).GetAwaiter().GetResult()).ToList();
    }

    private sealed class Instance(string name, SimulatedProcess process)
    {
        public string Name { get; } = name;
        public SimulatedProcess Process { get; } = process;
        public CancellationTokenSource Stopping { get; } = new();
        public Task Loop { get; set; } = Task.CompletedTask;
        public int Sends { get; set; }

        public void Stop(SimulatedTimePump pump)
        {
            Stopping.Cancel();
            pump.RunUntil(() => Loop.IsCompleted);
            Assert.True(Loop.IsCompletedSuccessfully, $"{Name}'s sender loop should stop cleanly");
        }
    }
}
