using System.Text.Json;
using OrientationBot.Cards;

namespace OrientationBot.Tests.Cards;

public sealed class CardActionTests
{
    [Fact]
    public void TryParse_Ask_ReadsText()
    {
        var value = Json("""{ "verb": "ask", "text": " What does OROLSI do? " }""");

        var parsed = CardAction.TryParse(value, out var action);

        Assert.True(parsed);
        Assert.Equal(new CardAction("ask") { Text = "What does OROLSI do?" }, action);
    }

    /// <summary>A list row is a Teams messageBack; Web Chat sends its whole data, the choice inside msteams.value.</summary>
    [Fact]
    public void TryParse_MessageBackDataAsWebChatSendsIt_ReadsTheChoiceInside()
    {
        var value = Json("""{ "msteams": { "type": "messageBack", "displayText": "Police Division (PD)", "value": { "verb": "openUnit", "unitId": "police-division" } } }""");

        Assert.True(CardAction.TryParse(value, out var action));
        Assert.Equal(("openUnit", "police-division"), (action.Verb, action.UnitId));
    }

    /// <summary>Teams' messageBack examples give the value as a JSON string: the choice inside is read all the same.</summary>
    [Fact]
    public void TryParse_ValueAsAJsonString_ReadsTheObjectItHolds()
    {
        var value = JsonSerializer.SerializeToElement("{\"verb\": \"openUnit\", \"unitId\": \"police-division\"}");

        Assert.True(CardAction.TryParse(value, out var action));
        Assert.Equal("police-division", action.UnitId);
        Assert.False(CardAction.TryParse(JsonSerializer.SerializeToElement("what does DPO do"), out _));
    }

    [Fact]
    public void TryParse_OpenUnit_ReadsUnitId()
    {
        var value = Json("""{ "verb": "openUnit", "unitId": "orolsi" }""");

        var parsed = CardAction.TryParse(value, out var action);

        Assert.True(parsed);
        Assert.Equal("orolsi", action!.UnitId);
    }

    [Fact]
    public void TryParse_FeedbackAsTeamsSendsIt_ReadsAllFields()
    {
        var value = Json("""{ "verb": "feedback", "helpful": false, "question": "who runs PD", "unitId": "police-division", "comment": "wanted a phone number" }""");

        var parsed = CardAction.TryParse(value, out var action);

        Assert.True(parsed);
        Assert.Equal(
            new CardAction("feedback") { Helpful = false, Question = "who runs PD", UnitId = "police-division", Comment = "wanted a phone number" },
            action);
    }

    [Fact]
    public void TryParse_FeedbackWithUntouchedComment_LeavesCommentNull()
    {
        var value = Json("""{ "verb": "feedback", "helpful": true, "question": "q", "comment": "" }""");

        var parsed = CardAction.TryParse(value, out var action);

        Assert.True(parsed);
        Assert.Null(action!.Comment);
    }

    [Theory]
    [InlineData("08:30", 8, 30)]
    [InlineData("8:30", 8, 30)]
    [InlineData("17:05:00", 17, 5)]
    public void TryParse_TipsOnWithTime_ReadsTipTime(string time, int hour, int minute)
    {
        var value = Json($$"""{ "verb": "tipsOn", "tipTime": "{{time}}" }""");

        var parsed = CardAction.TryParse(value, out var action);

        Assert.True(parsed);
        Assert.Equal(new TimeOnly(hour, minute), action!.TipTime);
    }

    [Theory]
    [InlineData("""{ "verb": "help" }""", "help")]
    [InlineData("""{ "verb": "units" }""", "units")]
    [InlineData("""{ "verb": "tipsOn" }""", "tipsOn")]
    [InlineData("""{ "verb": "tipsOff", "tipTime": "09:00" }""", "tipsOff")]
    [InlineData("""{ "verb": "nextTip", "msteams": { "x": 1 } }""", "nextTip")]
    [InlineData("""{ "verb": "changeTime", "tipTime": "07:45" }""", "changeTime")]
    public void TryParse_KnownVerb_ReturnsIt(string json, string verb)
    {
        var value = Json(json);

        var parsed = CardAction.TryParse(value, out var action);

        Assert.True(parsed);
        Assert.Equal(verb, action!.Verb);
    }

    [Theory]
    [InlineData("""{ "verb": "subscribe" }""")]
    [InlineData("""{ "verb": "Ask", "text": "x" }""")]
    [InlineData("""{ "text": "no verb" }""")]
    [InlineData("""{ "verb": 3 }""")]
    [InlineData("""{ "verb": "ask" }""")]
    [InlineData("""{ "verb": "ask", "text": "   " }""")]
    [InlineData("""{ "verb": "openUnit" }""")]
    [InlineData("""{ "verb": "feedback", "question": "q" }""")]
    [InlineData("""{ "verb": "feedback", "helpful": "maybe" }""")]
    [InlineData("""{ "verb": "changeTime" }""")]
    [InlineData("""{ "verb": "changeTime", "tipTime": "25:00" }""")]
    [InlineData("""{ "verb": "tipsOn", "tipTime": "soon" }""")]
    [InlineData("""["verb", "help"]""")]
    [InlineData("\"help\"")]
    [InlineData("null")]
    public void TryParse_UnknownOrIncomplete_ReturnsFalse(string json)
    {
        var value = Json(json);

        var parsed = CardAction.TryParse(value, out var action);

        Assert.False(parsed);
        Assert.Null(action);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
