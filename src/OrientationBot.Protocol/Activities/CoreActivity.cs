using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrientationBot.Protocol.Activities;

/// <summary>
/// One Bot Framework activity: the subset of fields a Teams bot reads or sends (brief §3.3).
/// Open-ended parts stay JSON and unknown fields are kept, so an activity round-trips without loss.
/// </summary>
/// <remarks>Named <c>CoreActivity</c> so it never clashes with <see cref="System.Diagnostics.Activity"/>.</remarks>
public sealed record CoreActivity
{
    /// <summary>Gets the activity type; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the id the channel gave the activity; bots do not set it on new messages (SPEC A2031).</summary>
    public string? Id { get; init; }

    /// <summary>Gets when the channel received the activity, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets the sender's local time, with the sender's offset kept.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>Gets the sender's IANA time-zone name, such as <c>Europe/Zurich</c>.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Gets the Connector base URL to answer to; trusted only after authentication (brief §1.3 step 7).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Gets the channel id, <c>msteams</c> for Teams.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Gets the sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>Gets the conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>Gets the receiver; on inbound activities this is the bot (<c>28:…</c>).</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>Gets the message text; in group chats and channels it contains <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the text format: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary>Gets the attachments: cards outbound, the <c>text/html</c> copy of the message inbound.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Gets the entities as JSON objects; read them with <see cref="Mention"/> and <see cref="ClientInfo"/>.</summary>
    public IReadOnlyList<JsonObject>? Entities { get; init; }

    /// <summary>Gets the channel-specific data, kept verbatim (tenant, team, channel, eventType, notification).</summary>
    public JsonObject? ChannelData { get; init; }

    /// <summary>Gets the card-submit data of a message or the parameters of an invoke.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Gets the invoke or event name; see <see cref="InvokeNames"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the <c>installationUpdate</c> action; see <see cref="InstallationActions"/>.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the members added, on a <c>conversationUpdate</c>.</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Gets the members removed, on a <c>conversationUpdate</c>.</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Gets the id of the activity this one answers, or of the card message that was clicked.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Gets the locale, such as <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Gets the input hint: <c>acceptingInput</c>, <c>expectingInput</c> or <c>ignoringInput</c>.</summary>
    public string? InputHint { get; init; }

    /// <summary>Gets the text shown in the notification feed for an outbound message.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets or sets the fields this model does not name, kept so that nothing is lost (SPEC A2005).</summary>
    /// <remarks>Settable, not init-only: the JSON source generator cannot fill extension data through <c>init</c>.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// Creates a message that answers this activity, as botbuilder's <c>CreateReply</c> does (brief §2.3):
    /// sender and receiver swapped, same conversation, <c>replyToId</c> set to this activity's id.
    /// </summary>
    /// <param name="text">The reply text, or <see langword="null"/> to add attachments instead.</param>
    /// <param name="attachments">The attachments, such as a card, or <see langword="null"/> for none.</param>
    /// <param name="summary">The notification text for a reply whose content is an attachment.</param>
    /// <remarks>Attachments and summary are set here rather than with <c>with</c>, which would copy the whole activity.</remarks>
    public CoreActivity CreateReply(string? text = null, IReadOnlyList<Attachment>? attachments = null, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        Conversation = Conversation is null
            ? null
            : new ConversationAccount { Id = Conversation.Id, IsGroup = Conversation.IsGroup, Name = Conversation.Name },
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Locale = Locale,
        Text = text,
        Attachments = attachments,
        Summary = summary,
    };
}
