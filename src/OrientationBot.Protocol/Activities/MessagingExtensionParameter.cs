using System.Text.Json;

namespace OrientationBot.Protocol.Activities;

/// <summary>One named parameter of a message-extension query (brief §4.3).</summary>
public sealed record MessagingExtensionParameter
{
    /// <summary>Gets the parameter name from the manifest, or <c>initialRun</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the parameter value; Teams sends strings.</summary>
    public JsonElement? Value { get; init; }
}
