using System.Collections.Concurrent;
using System.Globalization;
using OrientationBot.Protocol.Activities;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Endpoints;

/// <summary>
/// The Connector in local mode: keeps each conversation in memory, what the bot sends and the user's own messages as
/// the Direct Line stand-in echoes them, in order, for the local chat page to read. Bounded, because a developer may
/// leave the bot running: the conversation used least recently falls off, and so do a conversation's oldest messages
/// past a count and a size.
/// </summary>
internal sealed class LocalConnector(TimeProvider time) : IConnectorClient
{
    /// <summary>
    /// The service URL of the local chat page's conversations. Fixed, not taken from the request's Host header, so a web
    /// page cannot plant one; under the reserved .invalid domain (RFC 2606), so nothing ever resolves or sends to it.
    /// </summary>
    public const string ServiceUrl = "http://local-chat.invalid/v3/directline/";

    public const int MaxConversations = 100;
    private const int MaxActivitiesPerConversation = 200;

    /// <summary>A conversation's messages are kept up to about this many characters of text and cards (a few MB).</summary>
    public const int MaxCharactersPerConversation = 2_000_000;

    private readonly ConcurrentDictionary<string, Transcript> transcripts = new(StringComparer.Ordinal);

    public Task<ResourceResponse> ReplyToActivityAsync(CoreActivity reply, CancellationToken cancellationToken) => Recorded(reply);

    public Task<ResourceResponse> SendToConversationAsync(CoreActivity activity, CancellationToken cancellationToken) => Recorded(activity);

    public Task<ResourceResponse> SendProactiveAsync(CoreActivity activity, CancellationToken cancellationToken) => Recorded(activity);

    public Task<ResourceResponse> UpdateActivityAsync(CoreActivity activity, CancellationToken cancellationToken) => Recorded(activity);

    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse { Id = "a:local-" + Guid.NewGuid().ToString("N") });

    /// <summary>Whether a conversation with this service URL is one of the local chat page's.</summary>
    public static bool Owns(string? serviceUrl) => string.Equals(serviceUrl, ServiceUrl, StringComparison.OrdinalIgnoreCase);

    /// <summary>Characters of text and cards the conversation holds now (0 when it is not, or no longer, kept).</summary>
    public long SizeOf(string conversationId) => transcripts.TryGetValue(conversationId, out var transcript) ? transcript.Size : 0;

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
            ForgetLeastRecentlyUsed();
        var transcript = transcripts.GetOrAdd(conversationId, _ => new Transcript());
        return transcript.Add(activity, time.GetUtcNow());
    }

    /// <summary>Makes room for a new conversation: the others stay, their pages keep working.</summary>
    private void ForgetLeastRecentlyUsed()
    {
        var oldest = transcripts.MinBy(pair => pair.Value.LastUsed);
        if (oldest.Key is not null)
            transcripts.TryRemove(oldest.Key, out _);
    }

    private Task<ResourceResponse> Recorded(CoreActivity activity) => Task.FromResult(new ResourceResponse { Id = Record(activity) });

    /// <summary>One conversation's activities in order; an update replaces the activity it names.</summary>
    private sealed class Transcript
    {
        private readonly Lock gate = new();
        private readonly List<(CoreActivity Activity, int Size)> activities = [];
        private int dropped;
        private long size;

        /// <summary>When the conversation last gained or changed a message.</summary>
        public DateTimeOffset LastUsed { get; private set; }

        /// <summary>Characters the conversation holds, for <see cref="MaxCharactersPerConversation"/>.</summary>
        public long Size
        {
            get
            {
                lock (gate)
                    return size;
            }
        }

        public string Add(CoreActivity activity, DateTimeOffset now)
        {
            lock (gate)
            {
                LastUsed = now;
                var existing = activity.Id is null ? -1 : activities.FindIndex(a => a.Activity.Id == activity.Id);
                if (existing >= 0)
                {
                    size -= activities[existing].Size;
                    activities[existing] = (activity with { Timestamp = now }, SizeOf(activity));
                    size += activities[existing].Size;
                    return activity.Id!;
                }

                var id = "local-" + (dropped + activities.Count + 1).ToString(CultureInfo.InvariantCulture);
                activities.Add((activity with { Id = id, Timestamp = now }, SizeOf(activity)));
                size += activities[^1].Size;
                while (activities.Count > 1 && (activities.Count > MaxActivitiesPerConversation || size > MaxCharactersPerConversation))
                {
                    size -= activities[0].Size;
                    activities.RemoveAt(0);
                    dropped++;
                }

                return id;
            }
        }

        /// <summary>About how much memory the activity holds: its text and its cards' JSON.</summary>
        private static int SizeOf(CoreActivity activity) =>
            (activity.Text?.Length ?? 0) + (activity.Attachments?.Sum(a => a.Content?.ToJsonString().Length ?? 0) ?? 0);

        public (IReadOnlyList<CoreActivity>, int) After(int after)
        {
            lock (gate)
            {
                var total = dropped + activities.Count;
                var skip = Math.Clamp(after - dropped, 0, activities.Count);
                return (activities.Skip(skip).Select(a => a.Activity).ToList(), total);
            }
        }
    }
}
