namespace OrientationBot.Protocol.Activities;

/// <summary>Attachment and invoke-response content types used with Teams (brief §4, §5).</summary>
public static class ContentTypes
{
    /// <summary>An Adaptive Card attachment; the card object goes in <c>content</c>.</summary>
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>A thumbnail card, the usual preview of a message-extension result.</summary>
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";

    /// <summary>A hero card, the other allowed preview of a message-extension result.</summary>
    public const string HeroCard = "application/vnd.microsoft.card.hero";

    /// <summary>The HTML copy of a user's rich-text message that Teams attaches inbound.</summary>
    public const string Html = "text/html";

    /// <summary>An invoke response whose value is a plain message string.</summary>
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";

    /// <summary>An invoke response whose value is an error <c>{code, message}</c>.</summary>
    public const string Error = "application/vnd.microsoft.error";
}
