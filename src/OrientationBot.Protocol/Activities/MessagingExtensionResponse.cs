namespace OrientationBot.Protocol.Activities;

/// <summary>The HTTP body answering <c>composeExtension/query</c> and <c>composeExtension/selectItem</c> (brief §4.3, §4.4).</summary>
public sealed record MessagingExtensionResponse
{
    /// <summary>Gets the result envelope.</summary>
    public MessagingExtensionResult? ComposeExtension { get; init; }

    /// <summary>Answers with a list of results; pass none for an empty result.</summary>
    /// <param name="attachments">The results, each with a preview.</param>
    /// <param name="attachmentLayout"><c>list</c> or <c>grid</c>.</param>
    public static MessagingExtensionResponse Results(IEnumerable<MessagingExtensionAttachment> attachments, string attachmentLayout = "list")
    {
        ArgumentNullException.ThrowIfNull(attachments);
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult { AttachmentLayout = attachmentLayout, Attachments = [.. attachments] },
        };
    }

    /// <summary>Answers with a plain-text message instead of results.</summary>
    /// <param name="text">The message; Teams shows it without formatting.</param>
    public static MessagingExtensionResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessagingExtensionResponse { ComposeExtension = new MessagingExtensionResult { Type = "message", Text = text } };
    }
}
