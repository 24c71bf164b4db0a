using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Activities;

public sealed class CoreActivityJsonTests
{
    public static TheoryData<string> Fixtures =>
    [
        "personal-message.json",
        "channel-mention.json",
        "conversation-update-install.json",
        "installation-update-add.json",
        "card-submit.json",
        "adaptive-card-action.json",
        "compose-extension-query.json",
        "message-reaction.json",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_BriefFixture_PreservesEveryField(string fixture)
    {
        var original = JsonNode.Parse(Fixture.Text(fixture))!.AsObject();

        var activity = JsonSerializer.Deserialize(original.ToJsonString(), ProtocolJsonContext.Default.CoreActivity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.CoreActivity))!.AsObject();

        // Dates are compared as instants: System.Text.Json writes "+00:00" where Teams wrote "Z".
        Assert.Equal(ReadDate(original, "timestamp"), ReadDate(written, "timestamp"));
        Assert.Equal(ReadDate(original, "localTimestamp"), ReadDate(written, "localTimestamp"));
        Assert.True(JsonNode.DeepEquals(WithoutDates(original), WithoutDates(written)), written.ToJsonString());
    }

    [Fact]
    public void Deserialize_PersonalMessage_ReadsTypedFields()
    {
        var text = Fixture.Text("personal-message.json");

        var activity = JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.CoreActivity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 15, 2, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("Europe/Zurich", activity.LocalTimezone);
        Assert.Equal(Fixture.UserAadId, activity.From!.AadObjectId);
        Assert.Equal(ConversationAccount.Personal, activity.Conversation!.ConversationType);
        Assert.Null(activity.Conversation.IsGroup);
        Assert.Equal(ContentTypes.Html, activity.Attachments![0].ContentType);
        Assert.Equal("<p>what does OROLSI do?</p>", activity.Attachments[0].Content!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_UnknownFields_KeepsThemInAdditionalProperties()
    {
        var text = Fixture.Text("message-reaction.json");

        var activity = JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.CoreActivity)!;

        Assert.Equal("like", activity.AdditionalProperties!["reactionsAdded"][0].GetProperty("type").GetString());
        Assert.Equal("user", activity.From!.AdditionalProperties!["userRole"].GetString());
        Assert.Equal("https://example.org/t.png", activity.Attachments![0].AdditionalProperties!["thumbnailUrl"].GetString());
        Assert.Equal("1:abc", activity.ChannelData!["legacy"]!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_CardSubmit_KeepsValue()
    {
        var text = Fixture.Text("card-submit.json");

        var activity = JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.CoreActivity)!;

        Assert.Null(activity.Text);
        Assert.Equal("subscribe", activity.Value!.Value.GetProperty("verb").GetString());
        Assert.Equal("08:30", activity.Value.Value.GetProperty("tipTime").GetString());
        Assert.Equal(Fixture.CardMessageId, activity.ReplyToId);
    }

    [Fact]
    public void Serialize_Reply_OmitsNullsAndChannelOwnedFields()
    {
        var reply = Fixture.Activity("personal-message.json").CreateReply("OROLSI is …");

        var json = JsonNode.Parse(JsonSerializer.Serialize(reply, ProtocolJsonContext.Default.CoreActivity))!.AsObject();

        Assert.DoesNotContain("null", json.ToJsonString(), StringComparison.Ordinal);
        Assert.False(json.ContainsKey("id"));
        Assert.False(json.ContainsKey("timestamp"));
        Assert.False(json.ContainsKey("attachments"));
        Assert.Equal("message", json["type"]!.GetValue<string>());
        Assert.Equal("1732190000001", json["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_InstallationUpdate_ReadsAction()
    {
        var text = Fixture.Text("installation-update-add.json").Replace("\"add\"", "\"remove-upgrade\"", StringComparison.Ordinal);

        var activity = JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.CoreActivity)!;

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal(InstallationActions.RemoveUpgrade, activity.Action);
    }

    private static DateTimeOffset? ReadDate(JsonObject json, string name) =>
        json[name] is { } node ? DateTimeOffset.Parse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null;

    private static JsonObject WithoutDates(JsonObject json)
    {
        var copy = json.DeepClone().AsObject();
        copy.Remove("timestamp");
        copy.Remove("localTimestamp");
        return copy;
    }
}
