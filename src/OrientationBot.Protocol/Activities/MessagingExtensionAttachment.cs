using System.Text.Json.Nodes;

namespace OrientationBot.Protocol.Activities;

/// <summary>One message-extension result: the card inserted when picked, and the preview shown in the list (brief §4.3).</summary>
public sealed record MessagingExtensionAttachment
{
    /// <summary>Gets the media type of <see cref="Content"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the card inserted into the compose box.</summary>
    public JsonNode? Content { get; init; }

    /// <summary>Gets the preview; required for Adaptive Card results and must be a hero or thumbnail card.</summary>
    public Attachment? Preview { get; init; }

    /// <summary>Builds an Adaptive Card result with a thumbnail-card preview.</summary>
    /// <param name="card">The Adaptive Card object.</param>
    /// <param name="thumbnail">The thumbnail card content: <c>title</c>, <c>text</c> and optionally an invoke <c>tap</c>.</param>
    public static MessagingExtensionAttachment AdaptiveCard(JsonNode card, JsonNode thumbnail)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(thumbnail);
        return new MessagingExtensionAttachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = card,
            Preview = new Attachment { ContentType = ContentTypes.ThumbnailCard, Content = thumbnail },
        };
    }
}
