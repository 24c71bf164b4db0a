using System.Text.Json.Nodes;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Tests.Support;

/// <summary>One activity the bot sent, and through which Connector operation.</summary>
internal sealed record SentActivity(string Operation, CoreActivity Activity)
{
    /// <summary>The Adaptive Card of the first attachment, or null for a text message.</summary>
    public JsonObject? Card =>
        Activity.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.AdaptiveCard)?.Content as JsonObject;
}
