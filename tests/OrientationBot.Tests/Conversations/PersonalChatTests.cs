using System.Net;
using OrientationBot.Conversations;
using OrientationBot.Protocol.Activities;
using OrientationBot.Storage;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>A personal chat end to end: every message is a question or a command, answered with one card.</summary>
public sealed class PersonalChatTests(BotFactory bot) : IClassFixture<BotFactory>
{
    /// <summary>The README promises no user text in the logs; that holds at Trace too, where the whole activity was once logged.</summary>
    [Fact]
    public async Task Question_AtTraceLevel_LeavesTheUsersWordsOutOfTheLogs()
    {
        using var traced = new BotFactory { MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Trace };
        using var client = traced.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["text"] = "what does the zebra-canary unit do";

        (await client.PostActivityAsync(activity)).Dispose();

        Assert.Contains(traced.Logs.Entries, e => e.EventId == 3007);
        Assert.DoesNotContain(traced.Logs.Entries, e => e.Message.Contains("zebra-canary", StringComparison.Ordinal)
            || e.Values.Values.Any(v => v?.ToString()?.Contains("zebra-canary", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Question_InPersonalChat_RepliesOnceWithAValidAnswerCard()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);

        using var response = await client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Equal(nameof(RecordingConnector.ReplyToActivityAsync), sent.Operation);
        Assert.Equal((string?)activity["id"], sent.Activity.ReplyToId);
        Assert.Equal(ActivityTypes.Message, sent.Activity.Type);
        Assert.Equal("28:" + Fixture.BotAppId, sent.Activity.From?.Id);
        var attachment = Assert.Single(sent.Activity.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.Null(sent.Activity.Text);
        Assert.False(string.IsNullOrWhiteSpace(sent.Activity.Summary));
        Assert.Equal((string?)sent.Card!["fallbackText"], sent.Activity.Summary);
        Assert.Contains("OROLSI", sent.Card.ToJsonString());
        Assert.Equal("", await CardValidator.ProblemsAsync([sent.Card]));
    }

    [Fact]
    public async Task Question_InPersonalChat_StoresTheConversationReferenceWithTheUsersZone()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);

        await client.PostActivityAsync(activity);
        await bot.Get<ConversationRecorder>().FlushAsync(CancellationToken.None);

        var stored = await bot.Get<IBotStore>().GetConversationAsync(Fixture.ConversationId(activity), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(Fixture.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(Fixture.TenantId, stored.TenantId);
        Assert.Equal("29:" + Fixture.UserId, stored.UserId);
        Assert.Equal(Fixture.UserAadId, stored.UserAadObjectId);
        Assert.Equal("28:" + Fixture.BotAppId, stored.BotId);
        Assert.Equal("personal", stored.ConversationType);
        Assert.Equal("Europe/Zurich", stored.TimeZone);
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("HELP", "What I can do")]
    [InlineData("  Help. ", "What I can do")]
    [InlineData("units", "Units in the e-Guide")]
    [InlineData("Units!", "Units in the e-Guide")]
    [InlineData("", "What I can do")]
    public async Task Command_TypedInAnyCase_RepliesWithItsCard(string text, string title)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["text"] = text;

        await client.PostActivityAsync(activity);

        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Contains(title, sent.Card!.ToJsonString());
    }

    [Theory]
    [InlineData("hi!", "Hello!")]
    [InlineData("ok thanks", "You're welcome!")]
    public async Task SmallTalk_GreetingOrThanks_RepliesInPlainTextAndFilesNothing(string text, string opening)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["text"] = text;

        await client.PostActivityAsync(activity);
        await bot.Get<UnansweredQuestions>().FlushAsync(CancellationToken.None);

        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.StartsWith(opening, sent.Activity.Text);
        Assert.Null(sent.Activity.Attachments);
        var top = await bot.Get<IBotStore>().TopUnansweredAsync(1000, ReportPeriod.All, CancellationToken.None);
        Assert.DoesNotContain(top, q => q.Question == QuestionKey.Normalise(text));
    }

    [Fact]
    public async Task Question_TheGuideDoesNotAnswer_IsStoredUnderTheUsersHashOnly()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        var question = "where do I park my bicycle " + Guid.NewGuid().ToString("N")[..6];
        activity["text"] = question;

        await client.PostActivityAsync(activity);
        await bot.Get<UnansweredQuestions>().FlushAsync(CancellationToken.None);

        var top = await bot.Get<IBotStore>().TopUnansweredAsync(100, ReportPeriod.All, CancellationToken.None);
        Assert.Contains(top, q => q.Question == QuestionKey.Normalise(question));
        var hashes = await StoredRows.UserHashesAsync(bot, "unanswered");
        Assert.Contains(bot.Get<UserIdHasher>().Hash("29:" + Fixture.UserId), hashes);
        Assert.DoesNotContain(hashes, h => h.Contains(Fixture.UserId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Question_TheGuideDoesNotAnswerAskedTwiceTheSameDay_IsFiledOnce()
    {
        using var client = bot.CreateTeamsClient();
        var question = "is there a gym in the building " + Guid.NewGuid().ToString("N")[..6];
        foreach (var text in new[] { question, question.ToUpperInvariant() + "?" })
        {
            var activity = Fixture.Load(Fixture.PersonalMessage);
            activity["text"] = text;
            await client.PostActivityAsync(activity);
        }

        await bot.Get<UnansweredQuestions>().FlushAsync(CancellationToken.None);

        var top = await bot.Get<IBotStore>().TopUnansweredAsync(1000, ReportPeriod.All, CancellationToken.None);
        Assert.Equal(1, Assert.Single(top, q => q.Question == QuestionKey.Normalise(question)).Count);
    }

    [Fact]
    public async Task Turn_Answered_LogsOneDebugLineWithIntentAndUnitInTheTurnsScopeButNeverTheText()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["id"] = "turn-log-" + Guid.NewGuid().ToString("N");
        var hash = bot.Get<UserIdHasher>().Hash(Fixture.ConversationId(activity));

        await client.PostActivityAsync(activity);

        var turn = Assert.Single(bot.Logs.Entries, e => e.EventId == 3001 && e.Value("ActivityId") == (string?)activity["id"]);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, turn.Level);
        Assert.Equal(hash, turn.Value("ConversationHash"));
        Assert.Equal("message", turn.Value("ActivityType"));
        Assert.Equal(Fixture.OrolsiId, turn.Value("UnitId"));
        Assert.NotNull(turn.Value("Intent"));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("what does OROLSI do", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Turn_Answered_IsCountedAndTimedByActivityTypeAndIntent()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        var measured = new System.Collections.Concurrent.ConcurrentQueue<(string Instrument, double Value, string? Type, string? Intent)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TurnMetrics.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        void Record(System.Diagnostics.Metrics.Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? type = null, intent = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "activity.type")
                    type = tag.Value as string;
                else if (tag.Key == "intent")
                    intent = tag.Value as string;
            }
            measured.Enqueue((instrument.Name, value, type, intent));
        }
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();

        await client.PostActivityAsync(activity);

        // Other tests' turns may be counted too: this one's intent is the one the log line names.
        var intent = Assert.Single(bot.Logs.Entries, e => e.EventId == 3001 && e.Value("ActivityId") == (string?)activity["id"]).Value("Intent");
        Assert.Contains(measured, m => m is { Instrument: "orientationbot.turns", Value: 1, Type: "message" } && m.Intent == intent);
        Assert.Contains(measured, m => m is { Instrument: "orientationbot.turn.duration", Value: >= 0, Type: "message" } && m.Intent == intent);
    }
}
