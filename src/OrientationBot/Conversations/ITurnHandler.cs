using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// One authenticated activity in, its replies out through the Connector, and for invokes the HTTP response.
/// An interface, and public, because the load runner (tests/load) swaps in a handler that does no bot work, to measure
/// the plumbing alone.
/// </summary>
public interface ITurnHandler
{
    /// <summary>Never throws for a failing turn: it logs once and apologises. Null means "answer 200 with no body".</summary>
    Task<InvokeResponse?> HandleAsync(CoreActivity activity, CancellationToken cancellationToken);
}
