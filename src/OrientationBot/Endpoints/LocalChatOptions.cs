namespace OrientationBot.Endpoints;

/// <summary>Where the local chat page is (local mode only).</summary>
public sealed class LocalChatOptions
{
    /// <summary>The folder holding index.html and, once the build has fetched it, dist/webchat.js; relative paths are looked up from the content root upwards.</summary>
    public string PageDirectory { get; set; } = "src/OrientationBot/ChatPage";
}
