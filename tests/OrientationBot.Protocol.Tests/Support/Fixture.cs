using System.Text.Json;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Protocol.Tests.Support;

/// <summary>Loads the brief's §8 activities from Fixtures/ with the placeholders filled in.</summary>
internal static class Fixture
{
    public const string BotAppId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    public const string TenantId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    public const string UserId = "1Ab2Cd3Ef4Gh5Ij6Kl";
    public const string UserAadId = "0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b";
    public const string ConversationSuffix = "HJz9x8w7v6u5t4s3r2q1";
    public const string CardMessageId = "1732190000004";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static readonly Dictionary<string, string> Placeholders = new()
    {
        ["{{BOT_APP_ID}}"] = BotAppId,
        ["{{TENANT_ID}}"] = TenantId,
        ["{{USER_ID}}"] = UserId,
        ["{{USER_AAD_ID}}"] = UserAadId,
        ["{{CONVERSATION_SUFFIX}}"] = ConversationSuffix,
        ["{{CHANNEL_KEY}}"] = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
        ["{{TEAM_KEY}}"] = "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1",
        ["{{GROUP_CHAT_KEY}}"] = "0123456789abcdef0123456789abcdef",
        ["{{CARD_MESSAGE_ID}}"] = CardMessageId,
    };

    /// <summary>Returns the fixture's JSON text with placeholders replaced.</summary>
    public static string Text(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
        foreach (var (placeholder, value) in Placeholders)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Returns the fixture parsed as an activity.</summary>
    public static CoreActivity Activity(string name) =>
        JsonSerializer.Deserialize(Text(name), ProtocolJsonContext.Default.CoreActivity)!;
}
