using System.Text.Json.Nodes;
using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;
using OrientationBot.Tests.Cards;
using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Conversations;

/// <summary>Action.Submit presses, which Teams sends as messages whose value is the button's data (brief §4.2, §8.5).</summary>
public sealed class SubmitActionTests(BotFactory bot) : IClassFixture<BotFactory>
{
    [Fact]
    public async Task Submit_OpenUnit_RepliesWithThatUnitsAnswerCard()
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = "openUnit", ["unitId"] = Fixture.OrolsiId });

        var card = sent.Card!.ToJsonString();
        Assert.Contains("Office of Rule of Law and Security Institutions", card);
        Assert.Equal("", await CardValidator.ProblemsAsync([sent.Card]));
    }

    /// <summary>
    /// A row of a unit card, pressed in Teams: a messageBack whose displayText leaves the choice in the chat, and which
    /// reaches the bot as a message with the choice as text and the msteams value as value. It opens the unit chosen.
    /// </summary>
    [Fact]
    public async Task MessageBack_FromAPartOfRowAsTeamsDeliversIt_OpensThatUnitAndLeftTheChoiceInTheChat()
    {
        var directory = bot.Get<UnitDirectory>();
        var selection = directory.Units.First(u => u.Name == "Selection and Recruitment Section");
        var card = AnswerCards.For(bot.Get<OrientationBot.Knowledge.Answers.IAnswerer>().Ask("what does the selection and recruitment section do"), directory);
        var partOf = card.Content["body"]!.AsArray().OfType<JsonObject>().SelectMany(CardQuery.Descendants)
            .First(o => (string?)o["type"] == "Action.Submit" && (string?)CardQuery.SubmitData(o)["unitId"] == selection.ParentId);
        var messageBack = partOf["data"]!["msteams"]!;
        Assert.Equal("messageBack", (string?)messageBack["type"]);
        Assert.Equal((string?)partOf["title"], (string?)messageBack["displayText"]);

        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.CardSubmit);
        activity["text"] = (string?)messageBack["text"];
        activity["value"] = messageBack["value"]!.DeepClone();
        await client.PostActivityAsync(activity);

        var reply = bot.Connector.SentTo(Fixture.ConversationId(activity))[^1];
        Assert.Contains(directory.Find(selection.ParentId!)!.Name, reply.Card!.ToJsonString());
        Assert.DoesNotContain("Selection and Recruitment Section", (string?)reply.Card!["fallbackText"]);
    }

    [Fact]
    public async Task Submit_OpenUnitNoLongerInTheGuide_RepliesWithTheUnitsOverview()
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = "openUnit", ["unitId"] = "a-unit-that-was-removed" });

        Assert.Contains("Units in the e-Guide", sent.Card!.ToJsonString());
    }

    [Fact]
    public async Task Submit_FeedbackNotHelpful_StoresTheVoteUnderAHashAndThanksWithTheEditorsAddress()
    {
        var question = "who runs OROLSI " + Guid.NewGuid().ToString("N")[..6];

        var sent = await PressAsync(new JsonObject
        {
            ["verb"] = "feedback", ["helpful"] = false, ["question"] = question, ["unitId"] = Fixture.OrolsiId, ["comment"] = "no names",
        });

        Assert.Contains(bot.Get<UnitDirectory>().FeedbackEmail, sent.Card!.ToJsonString());
        var units = await bot.Get<IBotStore>().TopNotHelpfulUnitsAsync(10, ReportPeriod.All, CancellationToken.None);
        Assert.Contains(units, u => u.UnitId == Fixture.OrolsiId && u.NotHelpful >= 1);
        Assert.Contains(bot.Get<UserIdHasher>().Hash("29:" + Fixture.UserId), await StoredRows.UserHashesAsync(bot, "feedback"));
    }

    /// <summary>
    /// A vote in Teams names the card it was cast on (replyToId): that card is updated in place to show the vote, with
    /// the other choice left to change it, instead of a new message; the second vote replaces the first in the store.
    /// </summary>
    [Fact]
    public async Task Feedback_OnAnAnswerCard_UpdatesThatCardInPlaceAndCanBeChanged()
    {
        using var fresh = new BotFactory();
        using var client = fresh.CreateTeamsClient();
        var question = "what does OROLSI do";
        var asked = Fixture.Load(Fixture.PersonalMessage);
        asked["text"] = question;
        await client.PostActivityAsync(asked);
        var conversation = Fixture.ConversationId(asked);
        var answer = Assert.Single(fresh.Connector.SentTo(conversation));
        var helpfulData = answer.Card!["actions"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["title"] == "Helpful")["data"]!;

        var press = Fixture.Load(Fixture.CardSubmit);
        press["conversation"]!["id"] = conversation;
        press["replyToId"] = "card-message-1";
        press["value"] = helpfulData.DeepClone();
        await client.PostActivityAsync(press);
        var change = Fixture.Load(Fixture.CardSubmit);
        change["conversation"]!["id"] = conversation;
        change["replyToId"] = "card-message-1";
        change["value"] = new JsonObject
        {
            ["verb"] = "feedback", ["helpful"] = false, ["question"] = (string?)helpfulData["question"], ["unitId"] = (string?)helpfulData["unitId"],
        };
        await client.PostActivityAsync(change);

        var sent = fresh.Connector.SentTo(conversation);
        Assert.Equal(3, sent.Count);
        Assert.All(sent.Skip(1), s => Assert.Equal((nameof(RecordingConnector.UpdateActivityAsync), "card-message-1"), (s.Operation, s.Activity.Id)));
        var votedHelpful = sent[1].Card!.ToJsonString();
        Assert.Contains("You found this helpful", votedHelpful);
        Assert.Contains("Change to not helpful", votedHelpful);
        Assert.Contains("Office of Rule of Law and Security Institutions", votedHelpful);
        Assert.DoesNotContain("\"Helpful\"", votedHelpful);
        Assert.Contains("Change to helpful", sent[2].Card!.ToJsonString());
        var units = await fresh.Get<IBotStore>().TopNotHelpfulUnitsAsync(10, ReportPeriod.All, CancellationToken.None);
        Assert.Equal(new UnitFeedbackCount(Fixture.OrolsiId, 1, 0), Assert.Single(units));
    }

    /// <summary>Teams re-delivers an activity whose first delivery looked lost: the vote is stored and thanked for once.</summary>
    [Fact]
    public async Task Submit_FeedbackRedelivered_IsStoredAndAnsweredOnce()
    {
        using var fresh = new BotFactory();
        using var client = fresh.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.CardSubmit);
        activity["value"] = new JsonObject { ["verb"] = "feedback", ["helpful"] = false, ["question"] = "who runs OROLSI", ["unitId"] = Fixture.OrolsiId };

        for (var delivery = 0; delivery < 3; delivery++)
            (await client.PostActivityAsync(activity)).Dispose();

        Assert.Single(fresh.Connector.SentTo(Fixture.ConversationId(activity)));
        var units = await fresh.Get<IBotStore>().TopNotHelpfulUnitsAsync(10, ReportPeriod.All, CancellationToken.None);
        Assert.Equal(1, Assert.Single(units, u => u.UnitId == Fixture.OrolsiId).NotHelpful);
    }

    [Fact]
    public async Task Submit_FeedbackHelpful_Thanks()
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = "feedback", ["helpful"] = "true", ["question"] = "q" });

        Assert.Contains("glad that helped", sent.Card!.ToJsonString());
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("units", "Units in the e-Guide")]
    public async Task Submit_HelpOrUnits_RepliesWithItsCard(string verb, string title)
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = verb });

        Assert.Contains(title, sent.Card!.ToJsonString());
    }

    [Fact]
    public async Task Submit_Ask_AnswersTheQuestionOnTheButton()
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = "ask", ["text"] = "what does UNMAS do?" });

        Assert.Contains("Mine Action", sent.Card!.ToJsonString());
    }

    [Fact]
    public async Task Submit_DailyTipWithATime_SubscribesAtThatTime()
    {
        var key = Guid.NewGuid().ToString("N");

        var sent = await PressAsync(new JsonObject { ["verb"] = "tipsOn", ["tipTime"] = "08:30" }, key);

        Assert.Contains("08:30", sent.Activity.Text);
        var subscription = await bot.Get<IBotStore>().GetSubscriptionAsync(ConversationOf(key), CancellationToken.None);
        Assert.Equal(new TimeOnly(8, 30), subscription?.DeliveryTime);
        Assert.Equal(SubscriptionStatus.Active, subscription?.Status);
    }

    [Fact]
    public async Task Submit_PauseAfterSubscribing_PausesTheSubscription()
    {
        var key = Guid.NewGuid().ToString("N");
        await PressAsync(new JsonObject { ["verb"] = "tipsOn" }, key);

        await PressAsync(new JsonObject { ["verb"] = "tipsOff" }, key);

        var subscription = await bot.Get<IBotStore>().GetSubscriptionAsync(ConversationOf(key), CancellationToken.None);
        Assert.Equal(SubscriptionStatus.Paused, subscription?.Status);
    }

    [Fact]
    public async Task Submit_ChangeTime_MovesTheDailyTip()
    {
        var key = Guid.NewGuid().ToString("N");
        await PressAsync(new JsonObject { ["verb"] = "tipsOn" }, key);

        await PressAsync(new JsonObject { ["verb"] = "changeTime", ["tipTime"] = "14:15" }, key);

        var subscription = await bot.Get<IBotStore>().GetSubscriptionAsync(ConversationOf(key), CancellationToken.None);
        Assert.Equal(new TimeOnly(14, 15), subscription?.DeliveryTime);
    }

    [Fact]
    public async Task Submit_NextTip_RepliesWithAValidTipCard()
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = "nextTip" });

        Assert.Contains("Onboarding tip", sent.Card!.ToJsonString());
        Assert.Equal("", await CardValidator.ProblemsAsync([sent.Card]));
    }

    [Theory]
    [InlineData("tips at 7:45", "07:45")]
    [InlineData("tips ON", "09:00")]
    public async Task TipCommand_Typed_SubscribesAtTheTimeGiven(string text, string time)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["text"] = text;

        await client.PostActivityAsync(activity);

        var subscription = await bot.Get<IBotStore>().GetSubscriptionAsync(Fixture.ConversationId(activity), CancellationToken.None);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), subscription?.DeliveryTime);
    }

    [Fact]
    public async Task TipCommand_WithAnUnreadableTime_SaysHowToWriteIt()
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.PersonalMessage);
        activity["text"] = "tips at teatime";

        await client.PostActivityAsync(activity);

        var sent = Assert.Single(bot.Connector.SentTo(Fixture.ConversationId(activity)));
        Assert.Contains("tips at 8:30", sent.Activity.Text);
    }

    [Fact]
    public async Task Submit_UnknownVerb_IsTreatedAsAnEmptyMessageAndGetsHelp()
    {
        var sent = await PressAsync(new JsonObject { ["verb"] = "subscribe", ["tipTime"] = "08:30" });

        Assert.Contains("What I can do", sent.Card!.ToJsonString());
    }

    private static string ConversationOf(string key) => Fixture.ConversationId(Fixture.Load(Fixture.CardSubmit, key));

    private async Task<SentActivity> PressAsync(JsonObject value, string? key = null)
    {
        using var client = bot.CreateTeamsClient();
        var activity = Fixture.Load(Fixture.CardSubmit, key);
        activity["value"] = value;
        var before = bot.Connector.SentTo(Fixture.ConversationId(activity)).Count;

        await client.PostActivityAsync(activity);

        var sent = bot.Connector.SentTo(Fixture.ConversationId(activity));
        Assert.Equal(before + 1, sent.Count);
        return sent[^1];
    }
}
