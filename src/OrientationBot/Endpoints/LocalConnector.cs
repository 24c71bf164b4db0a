using System.Collections.Concurrent;
using System.Globalization;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Endpoints;

/// <summary>
/// The Connector in local mode: keeps each conversation in memory, what the bot sends and the user's own messages as
/// the Direct Line stand-in echoes them, in order, for the local chat page to read. Bounded, because a developer may
/// leave the bot running: old conversations and old messages fall off.
/// </summary>
internal sealed class LocalConnector(TimeProvider time) : IConnectorClient
{
    /// <summary>
    /// The service URL of the local chat page's conversations. Fixed, not taken from the request's Host header, so a web
    /// page cannot plant one; under the reserved .invalid domain (RFC 2606), so nothing ever resolves or sends to it.
    /// </summary>
    public const string ServiceUrl = "http://local-chat.invalid/v3/directline/";

    private const int MaxConversations = 100;
    private const int MaxActivitiesPerConversation = 200;

    private readonly ConcurrentDictionary<string, Transcript> transcripts = new(StringComparer.Ordinal);

    public Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken) => Recorded(reply);

    public Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken) => Recorded(activity);

    public Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken) => Recorded(activity);

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse { Id = "a:local-" + Guid.NewGuid().ToString("N") });

    /// <summary>Whether a conversation with this service URL is one of the local chat page's.</summary>
    public static bool Owns(string? serviceUrl) => string.Equals(serviceUrl, ServiceUrl, StringComparison.OrdinalIgnoreCase);

    /// <summary>The conversation's activities after the first <paramref name="after"/>, and the count to ask after next time.</summary>
    public (IReadOnlyList<CoreActivity> Activities, int Next) Read(string conversationId, int after)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return transcripts.TryGetValue(conversationId, out var transcript) ? transcript.After(after) : ([], Math.Max(0, after));
    }

    /// <summary>Adds an activity to its conversation's transcript, the bot's or the user's echo; returns the id it is known by.</summary>
    public string Record(CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id
            ?? throw new ConnectorException("The activity has no conversation id.", System.Net.HttpStatusCode.BadRequest);
        if (transcripts.Count >= MaxConversations && !transcripts.ContainsKey(conversationId))
            transcripts.Clear();
        var transcript = transcripts.GetOrAdd(conversationId, _ => new Transcript());
        return transcript.Add(activity, time.GetUtcNow());
    }

    private Task<ResourceResponse> Recorded(CoreActivity activity) => Task.FromResult(new ResourceResponse { Id = Record(activity) });

    /// <summary>One conversation's activities in order; an update replaces the activity it names.</summary>
    private sealed class Transcript
    {
        private readonly Lock gate = new();
        private readonly List<CoreActivity> activities = [];
        private int dropped;

        public string Add(CoreActivity activity, DateTimeOffset now)
        {
            lock (gate)
            {
                var existing = activity.Id is null ? -1 : activities.FindIndex(a => a.Id == activity.Id);
                if (existing >= 0)
                {
                    activities[existing] = activity with { Timestamp = now };
                    return activity.Id!;
                }

                var id = "local-" + (dropped + activities.Count + 1).ToString(CultureInfo.InvariantCulture);
                activities.Add(activity with { Id = id, Timestamp = now });
                if (activities.Count > MaxActivitiesPerConversation)
                {
                    activities.RemoveAt(0);
                    dropped++;
                }

                return id;
            }
        }

        public (IReadOnlyList<CoreActivity>, int) After(int after)
        {
            lock (gate)
            {
                var total = dropped + activities.Count;
                var skip = Math.Clamp(after - dropped, 0, activities.Count);
                return (activities.Skip(skip).ToList(), total);
            }
        }
    }
}
