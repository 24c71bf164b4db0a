using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrientationBot.Conversations;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Settings;
using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>The recorder over a real SQLite store: what a message refreshes later, what an install writes at once.</summary>
public sealed class ConversationRecorderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orientationbot-recorder-").FullName;
    private readonly SqliteBotStore store;
    private readonly StoreWriter writer = new();
    private readonly ConversationRecorder recorder;

    public ConversationRecorderTests()
    {
        store = new SqliteBotStore(Path.Combine(folder, "bot.db"), NullLogger<SqliteBotStore>.Instance);
        recorder = new ConversationRecorder(
            new ConversationReferences(Options.Create(new BotCredentials { MicrosoftAppId = "00000000-0000-0000-0000-0000000000b0" })),
            store, writer, new ManualTimeProvider(), NullLogger<ConversationRecorder>.Instance);
    }

    public void Dispose()
    {
        recorder.Dispose();
        writer.Dispose();
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Messages_FromManyConversations_AreStoredByTheNextFlush()
    {
        var messages = Enumerable.Range(0, 20).Select(_ => Activity(Fixture.PersonalMessage)).ToList();

        foreach (var message in messages)
            Assert.True(await recorder.RecordAsync(message, CancellationToken.None));
        await recorder.FlushAsync(CancellationToken.None);

        foreach (var message in messages)
            Assert.Equal(message.ServiceUrl, (await store.GetConversationAsync(message.Conversation!.Id!, CancellationToken.None))?.ServiceUrl);
    }

    [Fact]
    public async Task InstallEvent_IsStoredBeforeRecordReturns()
    {
        var install = Activity(Fixture.InstallationUpdateAdd);

        await recorder.RecordAsync(install, CancellationToken.None);

        Assert.NotNull(await store.GetConversationAsync(install.Conversation!.Id!, CancellationToken.None));
    }

    [Fact]
    public async Task Forget_AfterAMessageWaitingToBeWritten_LeavesNothingStored()
    {
        var message = Activity(Fixture.PersonalMessage);
        await recorder.RecordAsync(message, CancellationToken.None);

        await recorder.ForgetAsync(message.Conversation!.Id!, CancellationToken.None);
        await recorder.FlushAsync(CancellationToken.None);

        Assert.Null(await store.GetConversationAsync(message.Conversation.Id!, CancellationToken.None));
    }

    [Fact]
    public async Task Stop_WritesWhatIsWaiting()
    {
        await recorder.StartAsync(CancellationToken.None);
        var message = Activity(Fixture.PersonalMessage);
        await recorder.RecordAsync(message, CancellationToken.None);

        await recorder.StopAsync(CancellationToken.None);

        Assert.NotNull(await store.GetConversationAsync(message.Conversation!.Id!, CancellationToken.None));
    }

    private static CoreActivity Activity(string fixture) =>
        JsonSerializer.Deserialize(Fixture.Load(fixture).ToJsonString(), ProtocolJsonContext.Default.CoreActivity)!;
}
