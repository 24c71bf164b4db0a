namespace OrientationBot.Protocol.Activities;

/// <summary>The paging options of a message-extension query (brief §4.3).</summary>
public sealed record MessagingExtensionQueryOptions
{
    /// <summary>Gets how many results to skip.</summary>
    public int? Skip { get; init; }

    /// <summary>Gets how many results to return.</summary>
    public int? Count { get; init; }
}
