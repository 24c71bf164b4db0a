using System.Text;
using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>
/// An Adaptive Card ready to send, with the plain text Teams shows in notifications and reads to screen readers.
/// Put <see cref="FallbackText"/> in the activity's <c>summary</c>, not its <c>text</c>, or Teams shows it above the card.
/// </summary>
public sealed record BotCard(JsonObject Content, string FallbackText)
{
    /// <summary>The attachment content type for Adaptive Cards (protocol brief §5).</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The strictest card size Teams has documented (incoming webhooks, §5); bots may send more,
    /// but staying under it keeps every card far from the 100 KB message limit.
    /// </summary>
    public const int MaxBytes = 28 * 1024;

    /// <summary>The Bot Framework attachment: <c>{ "contentType": …, "content": card }</c>.</summary>
    public JsonObject ToAttachment() => new()
    {
        ["contentType"] = ContentType,
        ["content"] = Content.DeepClone(),
    };

    public string ToJson() => Content.ToJsonString();

    /// <summary>The serialized card's size in UTF-8 bytes.</summary>
    public int Size => Encoding.UTF8.GetByteCount(ToJson());
}
