namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>composeExtension</c> object of a message-extension response (brief §4.3).</summary>
public sealed record MessagingExtensionResult
{
    /// <summary>Gets <c>result</c> (a list of cards) or <c>message</c> (plain text).</summary>
    public string Type { get; init; } = "result";

    /// <summary>Gets <c>list</c> or <c>grid</c>; only meaningful for results.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Gets the results; an empty list is a valid "nothing found", not an error.</summary>
    public IReadOnlyList<MessagingExtensionAttachment>? Attachments { get; init; }

    /// <summary>Gets the plain text of a <c>message</c> response.</summary>
    public string? Text { get; init; }
}
