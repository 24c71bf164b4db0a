using System.Security.Claims;

namespace OrientationBot.Protocol.Authentication;

/// <summary>The outcome of authenticating one inbound request: a value, not an exception (house style §5).</summary>
public sealed record BotAuthenticationResult
{
    private BotAuthenticationResult()
    {
    }

    /// <summary>Gets whether the request may be processed.</summary>
    public bool Succeeded { get; private init; }

    /// <summary>Gets whether the request was accepted without a token because the bot runs in local mode (brief §1.4).</summary>
    public bool IsAnonymous { get; private init; }

    /// <summary>Gets the validated token's claims; <see langword="null"/> when anonymous or failed.</summary>
    public ClaimsIdentity? Identity { get; private init; }

    /// <summary>Gets the bot's app id the token was issued for; <see langword="null"/> when anonymous or failed.</summary>
    public string? AppId { get; private init; }

    /// <summary>Gets why the request was rejected, for the log; never contains the token.</summary>
    public string? FailureReason { get; private init; }

    /// <summary>Creates a success for a validated token.</summary>
    /// <param name="identity">The token's claims.</param>
    /// <param name="appId">The bot's app id, which the token's audience matched.</param>
    public static BotAuthenticationResult Authenticated(ClaimsIdentity identity, string appId) =>
        new() { Succeeded = true, Identity = identity, AppId = appId };

    /// <summary>Creates a success for a request without a token in local mode.</summary>
    public static BotAuthenticationResult Anonymous() => new() { Succeeded = true, IsAnonymous = true };

    /// <summary>Creates a failure.</summary>
    /// <param name="reason">Why, in words fit for a log; never include the token.</param>
    public static BotAuthenticationResult Failed(string reason) => new() { FailureReason = reason };
}
