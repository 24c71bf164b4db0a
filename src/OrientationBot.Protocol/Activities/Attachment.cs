using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrientationBot.Protocol.Activities;

/// <summary>A card or file attached to an activity; <c>content</c> stays open-ended JSON (brief §3.1).</summary>
public sealed record Attachment
{
    /// <summary>Gets the media type, such as <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the URL of the content, for attachments sent by reference.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>Gets the embedded content, such as the Adaptive Card object.</summary>
    public JsonNode? Content { get; init; }

    /// <summary>Gets the attachment's name, when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>Gets or sets the fields this model does not name, kept so that nothing is lost (SPEC A2005).</summary>
    /// <remarks>Settable, not init-only: the JSON source generator cannot fill extension data through <c>init</c>.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Wraps an Adaptive Card object in an attachment with the Adaptive Card content type (brief §5).</summary>
    /// <param name="card">The card, a JSON object with <c>"type": "AdaptiveCard"</c>.</param>
    public static Attachment AdaptiveCard(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card };
    }
}
