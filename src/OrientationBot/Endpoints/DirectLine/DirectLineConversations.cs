using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace OrientationBot.Endpoints.DirectLine;

/// <summary>
/// The conversations the Direct Line stand-in has started, each with the token its client must send back as a bearer
/// token, as Direct Line 3.0 does. Bounded like <see cref="LocalConnector"/>: past the limit the oldest conversation is
/// forgotten, and a page still open on it sees it end (404), as Web Chat expects of a gone conversation.
/// </summary>
internal sealed class DirectLineConversations
{
    public const int MaxConversations = 100;
    private const string BearerPrefix = "Bearer ";

    private readonly ConcurrentDictionary<string, string> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> started = new();

    /// <summary>A new conversation id (safe in a URL path, as Web Chat does not escape it) and its token.</summary>
    public (string ConversationId, string Token) Start()
    {
        while (tokens.Count >= MaxConversations && started.TryDequeue(out var oldest))
            tokens.TryRemove(oldest, out _);
        var conversationId = "local-" + Guid.NewGuid().ToString("N");
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        tokens[conversationId] = token;
        started.Enqueue(conversationId);
        return (conversationId, token);
    }

    public bool Exists(string conversationId) => tokens.ContainsKey(conversationId);

    /// <summary>Whether the request's bearer token is the conversation's own.</summary>
    public bool Authorizes(string conversationId, string? authorization) =>
        tokens.TryGetValue(conversationId, out var token) && BearerToken(authorization) is { } presented && SameToken(token, presented);

    /// <summary>The conversation a bearer token belongs to, and the token, for a refresh; null when it belongs to none.</summary>
    public (string ConversationId, string Token)? Find(string? authorization)
    {
        if (BearerToken(authorization) is not { } presented)
            return null;
        foreach (var (conversationId, token) in tokens)
        {
            if (SameToken(token, presented))
                return (conversationId, token);
        }

        return null;
    }

    private static string? BearerToken(string? authorization) =>
        authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;

    private static bool SameToken(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented));
}
