namespace OrientationBot.Protocol.Connector;

/// <summary>The Connector's answer to sending or updating an activity: the id the message got (brief §2.3).</summary>
public sealed record ResourceResponse
{
    /// <summary>Gets the message id, usable later to update the message; <see langword="null"/> when the Connector sent none.</summary>
    public string? Id { get; init; }
}
