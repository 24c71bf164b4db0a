namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>name</c> values of the invoke activities this protocol library gives shapes for (brief §4).</summary>
public static class InvokeNames
{
    /// <summary>An <c>Action.Execute</c> (Universal Action) from an Adaptive Card (brief §4.1).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A search-based message-extension query (brief §4.3).</summary>
    public const string ComposeExtensionQuery = "composeExtension/query";

    /// <summary>The user picked a message-extension result whose preview taps with an invoke (brief §4.4).</summary>
    public const string ComposeExtensionSelectItem = "composeExtension/selectItem";
}
