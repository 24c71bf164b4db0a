namespace OrientationBot.Protocol.Connector;

/// <summary>The Connector's answer to creating a conversation (brief §2.3, §6.2).</summary>
public sealed record ConversationResourceResponse
{
    /// <summary>Gets the conversation id, <c>a:…</c> for a personal chat; store it and reuse it.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the id of the first activity, when one was sent with the request.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets the service URL to use for this conversation, when the Connector names one.</summary>
    public string? ServiceUrl { get; init; }
}
