using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Storage;

/// <summary>The send window in the database: what one instance sends counts against every other instance's limit.</summary>
public sealed class PostgresSendLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly Lazy<TestSchema> _schema = new(TestPostgres.CreateSchema);

    [PostgresFact]
    public async Task TryRecordSend_FromTwoInstances_HoldsTheLimitTogetherUntilTheOldestSendLeavesTheWindow()
    {
        var (first, second) = await TwoInstancesAsync();

        var granted = new[]
        {
            await first.TryRecordSendAsync("t", Start, 3, None),
            await second.TryRecordSendAsync("t", Start.AddMilliseconds(100), 3, None),
            await first.TryRecordSendAsync("t", Start.AddMilliseconds(200), 3, None),
        };
        var refused = await second.TryRecordSendAsync("t", Start.AddMilliseconds(300), 3, None);
        var otherTenant = await second.TryRecordSendAsync("u", Start.AddMilliseconds(300), 3, None);
        var afterTheWindowMoved = await second.TryRecordSendAsync("t", Start.AddSeconds(1), 3, None);

        Assert.All(granted, Assert.Null);
        Assert.Equal(Start.AddSeconds(1), refused);
        Assert.Null(otherTenant);
        Assert.Null(afterTheWindowMoved);
    }

    [PostgresFact]
    public async Task Pause_ByOneInstance_HoldsTheTenantForEveryInstanceAndIsNeverShortened()
    {
        var (first, second) = await TwoInstancesAsync();

        await first.PauseAsync("t", Start.AddSeconds(7), None);
        await second.PauseAsync("t", Start.AddSeconds(2), None);

        Assert.Equal(Start.AddSeconds(7), await second.TryRecordSendAsync("t", Start, 50, None));
        Assert.Null(await second.TryRecordSendAsync("u", Start, 50, None));
        Assert.Null(await first.TryRecordSendAsync("t", Start.AddSeconds(7), 50, None));
    }

    public void Dispose()
    {
        if (_schema.IsValueCreated)
            _schema.Value.Dispose();
    }

    private async Task<(PostgresSendLog First, PostgresSendLog Second)> TwoInstancesAsync()
    {
        var store = new PostgresBotStore(_schema.Value.NewDataSource(), Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresBotStore>.Instance);
        await store.InitializeAsync(None);
        return (new PostgresSendLog(_schema.Value.NewDataSource("instance-1")), new PostgresSendLog(_schema.Value.NewDataSource("instance-2")));
    }
}
