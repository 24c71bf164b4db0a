using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Support;

/// <summary>
/// The protocol brief's §8 activities from Fixtures/, with the placeholders filled in. Every load gets fresh conversation
/// keys, so tests that share one bot never share a conversation, its welcome flag or its stored reference.
/// </summary>
internal static class Fixture
{
    public const string BotAppId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    public const string TenantId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    public const string UserId = "1Ab2Cd3Ef4Gh5Ij6Kl";
    public const string UserAadId = "0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string CardMessageId = "1732190000004";

    /// <summary>OROLSI, a unit with an acronym, a summary and children in knowledge/.</summary>
    public const string OrolsiId = "office-of-rule-of-law-and-security-institutions";

    public const string PersonalMessage = "personal-message.json";
    public const string ChannelMention = "channel-mention.json";
    public const string ChannelNoMention = "channel-no-mention.json";
    public const string ConversationUpdateInstall = "conversation-update-install.json";
    public const string InstallationUpdateAdd = "installation-update-add.json";
    public const string InstallationUpdateRemove = "installation-update-remove.json";
    public const string CardSubmit = "card-submit.json";
    public const string AdaptiveCardAction = "adaptive-card-action.json";
    public const string ComposeExtensionQuery = "compose-extension-query.json";
    public const string ComposeExtensionSelectItem = "compose-extension-select-item.json";
    public const string MessageReaction = "message-reaction.json";

    public static string[] All { get; } =
    [
        PersonalMessage, ChannelMention, ChannelNoMention, ConversationUpdateInstall, InstallationUpdateAdd, InstallationUpdateRemove,
        CardSubmit, AdaptiveCardAction, ComposeExtensionQuery, ComposeExtensionSelectItem, MessageReaction,
    ];

    /// <summary>The fixture as JSON to adjust; <paramref name="key"/> names its conversation (fresh when null).</summary>
    public static JsonObject Load(string name, string? key = null)
    {
        key ??= Guid.NewGuid().ToString("N");
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
        var placeholders = new Dictionary<string, string>
        {
            ["{{BOT_APP_ID}}"] = BotAppId,
            ["{{TENANT_ID}}"] = TenantId,
            ["{{USER_ID}}"] = UserId,
            ["{{USER_AAD_ID}}"] = UserAadId,
            ["{{CONVERSATION_SUFFIX}}"] = key,
            ["{{CHANNEL_KEY}}"] = key,
            ["{{TEAM_KEY}}"] = "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1",
            ["{{GROUP_CHAT_KEY}}"] = key,
            ["{{CARD_MESSAGE_ID}}"] = CardMessageId,
            ["{{UNIT_ID}}"] = OrolsiId,
        };
        foreach (var (placeholder, value) in placeholders)
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        // Teams gives every activity its own id, and the bot drops one it has already handled as a re-delivery; the id
        // also names a channel thread's first message (";messageid="), so it is replaced wherever it stands.
        if (JsonNode.Parse(text)!["id"] is JsonValue id && id.TryGetValue<string>(out var fixtureId) && fixtureId.Length > 0)
            text = text.Replace(fixtureId, fixtureId + Interlocked.Increment(ref _loaded).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static int _loaded;

    public static string ConversationId(JsonObject activity) => (string)activity["conversation"]!["id"]!;
}
