using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;
using OrientationBot.Tips;

namespace OrientationBot.Tests.Tips;

/// <summary>
/// One simulated deployment: a real SQLite store in a temp folder, a simulated clock and its pump, a fake
/// Teams. <see cref="Restart"/> models a new process on the same database: new store object, new pacer, new run.
/// </summary>
internal sealed class TipTestBed : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "orientationbot-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteBotStore> _stores = [];
    private readonly ITipMessenger _messenger;

    public TipTestBed(DateTimeOffset start, int tipCount = 40, UnitDirectory? units = null, Action<TipsOptions>? configure = null,
        ITipMessenger? messenger = null)
    {
        Time = new SimulatedTime(start);
        Pump = new SimulatedTimePump(Time);
        Messenger = new FakeTipMessenger(Time);
        _messenger = messenger ?? Messenger;
        configure?.Invoke(Options);
        Programme = new TipProgramme(new TipCatalogue(NumberedTips(tipCount)), units);
        Restart();
    }

    public SimulatedTime Time { get; }
    public SimulatedTimePump Pump { get; }

    /// <summary>What Teams received; unused when the bed was given its own messenger.</summary>
    public FakeTipMessenger Messenger { get; }

    public TipsOptions Options { get; } = new();
    public TipProgramme Programme { get; }
    public SqliteBotStore Store { get; private set; } = null!;
    public TenantSendPacer Pacer { get; private set; } = null!;
    public TipRun Run { get; private set; } = null!;
    public TipSubscriptions Subscriptions { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "bot.db");

    /// <summary>A new "process": everything in memory is new, only the database file carries over.</summary>
    public void Restart()
    {
        Store = new SqliteBotStore(DatabasePath, NullLogger<SqliteBotStore>.Instance);
        _stores.Add(Store);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Pacer = new TenantSendPacer(Time, Options.MaxSendsPerSecondPerTenant, new InProcessSendLog());
        Run = new TipRun(Store, Programme, _messenger, Pacer, new UserIdHasher([1, 2, 3]), Time, options, NullLogger<TipRun>.Instance);
        Subscriptions = new TipSubscriptions(Store, Programme, Time, options);
    }

    public TipSender NewSender() =>
        new(Run, Store, Time, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<TipSender>.Instance);

    public void Subscribe(string conversationId, string? timeZone = null, string tenant = "tenant-1", TimeOnly? at = null, DateOnly? start = null) =>
        Pump.Run(() => Subscriptions.SubscribeAsync(Conversation(conversationId, timeZone, tenant), at, start, CancellationToken.None));

    public TipRunSummary RunOnce() => Pump.Run(() => Run.ExecuteAsync(CancellationToken.None));

    /// <summary>Runs the hosted loop from now until the instant, then stops it as a host would.</summary>
    public void RunSenderUntil(DateTimeOffset until)
    {
        using var stopping = new CancellationTokenSource();
        var sender = NewSender();
        var loop = Pump.Start(() => sender.RunAsync(stopping.Token));
        Pump.RunUntilTime(until);
        stopping.Cancel();
        Pump.RunUntil(() => loop.IsCompleted);
        Assert.True(loop.IsCompletedSuccessfully, "the sender loop should stop cleanly");
    }

    public IReadOnlyList<TipDelivery> Ledger(string conversationId) =>
        Pump.Run(() => Store.GetDeliveriesAsync(conversationId, CancellationToken.None));

    public StoredSubscription? Subscription(string conversationId) =>
        Pump.Run(() => Store.GetSubscriptionAsync(conversationId, CancellationToken.None));

    public static StoredConversation Conversation(string id, string? timeZone = null, string tenant = "tenant-1") => new()
    {
        ConversationId = id,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        TenantId = tenant,
        UserId = "29:" + id,
        BotId = "28:bot",
        ConversationType = "personal",
        TimeZone = timeZone,
    };

    public static IReadOnlyList<Tip> NumberedTips(int count) =>
        Enumerable.Range(1, count).Select(i => new Tip($"tip-{i:00}", $"Tip {i}", $"Text {i}.", null, "1.1", $"Quote {i}")).ToList();

    public void Dispose()
    {
        foreach (var store in _stores)
            store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
