using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Tests.Support;

namespace OrientationBot.Protocol.Tests.Activities;

public sealed class InvokeShapesTests
{
    private static readonly JsonNode Card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}""")!;

    [Fact]
    public void AdaptiveCardInvokeValue_BriefFixture_ReadsActionAndData()
    {
        var activity = Fixture.Activity("adaptive-card-action.json");

        var value = AdaptiveCardInvokeValue.From(activity.Value);

        Assert.Equal(InvokeNames.AdaptiveCardAction, activity.Name);
        Assert.Equal(AdaptiveCardInvokeAction.ExecuteType, value!.Action!.Type);
        Assert.Equal("unitDetails", value.Action.Verb);
        Assert.Equal("orolsi", value.Action.Data!.Value.GetProperty("unitId").GetString());
        Assert.Equal("manual", value.Trigger);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"text\"")]
    [InlineData("{\"action\":\"not an object\"}")]
    public void AdaptiveCardInvokeValue_MissingOrMalformed_ReturnsNull(string? json)
    {
        JsonElement? element = json is null ? null : JsonDocument.Parse(json).RootElement;

        var value = AdaptiveCardInvokeValue.From(element);

        Assert.Null(value);
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Card_HasUniversalActionShape()
    {
        var response = AdaptiveCardInvokeResponse.Card(Card.DeepClone());

        var json = JsonSerializer.Serialize(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse);

        Assert.Equal(
            """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5","body":[]}}""",
            json);
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Error_HasCodeAndMessage()
    {
        var response = AdaptiveCardInvokeResponse.Error(400, "NotSupported", "Only Action.Execute is handled.");

        var json = JsonSerializer.Serialize(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse);

        Assert.Equal(
            """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"NotSupported","message":"Only Action.Execute is handled."}}""",
            json);
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Message_HasStringValue()
    {
        var response = AdaptiveCardInvokeResponse.Message("Subscribed.");

        var json = JsonSerializer.Serialize(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse);

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Subscribed."}""", json);
    }

    [Fact]
    public void MessagingExtensionQuery_BriefFixture_ReadsQueryText()
    {
        var activity = Fixture.Activity("compose-extension-query.json");

        var query = MessagingExtensionQuery.From(activity.Value);

        Assert.Equal("searchUnits", query!.CommandId);
        Assert.Equal("landmines", query.GetParameterText("query"));
        Assert.Null(query.GetParameterText(MessagingExtensionQuery.InitialRunParameter));
        Assert.Equal(25, query.QueryOptions!.Count);
    }

    [Fact]
    public void MessagingExtensionQuery_InitialRun_ReadsInitialRunParameter()
    {
        var text = Fixture.Text("compose-extension-query.json")
            .Replace("""{ "name": "query", "value": "landmines" }""", """{ "name": "initialRun", "value": "true" }""", StringComparison.Ordinal);
        var activity = JsonSerializer.Deserialize(text, ProtocolJsonContext.Default.CoreActivity)!;

        var query = MessagingExtensionQuery.From(activity.Value);

        Assert.Equal("true", query!.GetParameterText(MessagingExtensionQuery.InitialRunParameter));
    }

    [Fact]
    public void MessagingExtensionResponse_Results_HasComposeExtensionEnvelope()
    {
        var thumbnail = JsonNode.Parse("""{"title":"OROLSI","tap":{"type":"invoke","value":{"unitId":"orolsi"}}}""")!;
        var response = MessagingExtensionResponse.Results([MessagingExtensionAttachment.AdaptiveCard(Card.DeepClone(), thumbnail)]);

        var json = JsonSerializer.Serialize(response, ProtocolJsonContext.Default.MessagingExtensionResponse);

        Assert.Equal(
            """{"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[]},"preview":{"contentType":"application/vnd.microsoft.card.thumbnail","content":{"title":"OROLSI","tap":{"type":"invoke","value":{"unitId":"orolsi"}}}}}]}}""",
            json);
    }

    [Fact]
    public void MessagingExtensionResponse_NoResults_WritesEmptyList()
    {
        var response = MessagingExtensionResponse.Results([]);

        var json = JsonSerializer.Serialize(response, ProtocolJsonContext.Default.MessagingExtensionResponse);

        Assert.Equal("""{"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[]}}""", json);
    }

    [Fact]
    public void Mention_ToEntityThenFromEntity_RoundTrips()
    {
        var mention = new Mention { Text = "<at>Amina</at>", Mentioned = new ChannelAccount { Id = "29:x", Name = "Amina" } };

        var read = Mention.FromEntity(mention.ToEntity());

        Assert.Equal(mention.Text, read!.Text);
        Assert.Equal(mention.Mentioned, read.Mentioned!);
    }
}
