namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>{code, message}</c> value of an invoke error response (brief §4.1).</summary>
public sealed record InvokeError
{
    /// <summary>Gets a short machine-readable code, such as <c>BadRequest</c> or <c>NotSupported</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Gets a human-readable explanation.</summary>
    public string? Message { get; init; }
}
