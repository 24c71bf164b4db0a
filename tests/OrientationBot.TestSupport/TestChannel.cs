using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrientationBot.Protocol.Authentication;

namespace OrientationBot.TestSupport;

/// <summary>
/// A stand-in for the Bot Connector's signing side: test RSA keys published through a fake OpenID metadata
/// document and JWKS (brief §1.5), and channel tokens minted with them for one bot.
/// </summary>
public sealed class TestChannel
{
    public const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";

    // RSA key generation is slow, so the keys are made once per test run; each channel serves its own documents.
    private static readonly RsaSecurityKey SharedTeamsKey = NewKey("teams-key");
    private static readonly RsaSecurityKey SharedUnendorsedKey = NewKey("plain-key");
    private static readonly RsaSecurityKey SharedWebChatKey = NewKey("webchat-key");
    private static readonly RsaSecurityKey SharedUnpublishedKey = NewKey("rogue-key");

    private readonly string botAppId;
    private readonly string serviceUrl;
    private readonly JsonArray keys;

    /// <summary>
    /// Publishes the keys; tokens go to <paramref name="botAppId"/> and claim <paramref name="serviceUrl"/> unless told otherwise.
    /// </summary>
    public TestChannel(string botAppId, string serviceUrl)
    {
        this.botAppId = botAppId;
        this.serviceUrl = serviceUrl;
        keys = new JsonArray(
            Jwk(TeamsKey, new JsonArray("msteams", "webchat")),
            Jwk(UnendorsedKey, null),
            Jwk(WebChatKey, new JsonArray("webchat")));
        Retriever.Serve(AuthenticationConstants.OpenIdMetadataUrl, new JsonObject
        {
            ["issuer"] = AuthenticationConstants.ChannelTokenIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = KeysUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString());
        Retriever.Serve(KeysUrl, new JsonObject { ["keys"] = keys.DeepClone() }.ToJsonString());
    }

    /// <summary>Gets the key endorsed for msteams (and webchat).</summary>
    public RsaSecurityKey TeamsKey => SharedTeamsKey;

    /// <summary>Gets a published key without an endorsements entry.</summary>
    public RsaSecurityKey UnendorsedKey => SharedUnendorsedKey;

    /// <summary>Gets a published key endorsed for webchat only.</summary>
    public RsaSecurityKey WebChatKey => SharedWebChatKey;

    /// <summary>Gets a key the metadata does not publish.</summary>
    public RsaSecurityKey UnpublishedKey => SharedUnpublishedKey;

    /// <summary>Adds <paramref name="key"/>, endorsed for msteams, to the published key set, as a key rotation does.</summary>
    public void Publish(RsaSecurityKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        keys.Add(Jwk(key, new JsonArray("msteams")));
        Retriever.Serve(KeysUrl, new JsonObject { ["keys"] = keys.DeepClone() }.ToJsonString());
    }

    /// <summary>Gets the retriever that serves the metadata and key set: the bot's <c>IDocumentRetriever</c>.</summary>
    public FakeDocumentRetriever Retriever { get; } = new();

    /// <summary>
    /// Mints a valid channel token for the bot, signed with <paramref name="key"/> (the Teams key when null) and claiming
    /// <paramref name="serviceUrl"/> (the channel's own when null); <paramref name="adjust"/> spoils it.
    /// </summary>
    public string CreateToken(Action<SecurityTokenDescriptor>? adjust = null, SecurityKey? key = null, string? serviceUrl = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthenticationConstants.ChannelTokenIssuer,
            Audience = botAppId,
            Claims = new Dictionary<string, object> { [AuthenticationConstants.ServiceUrlClaim] = serviceUrl ?? this.serviceUrl },
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? TeamsKey, SecurityAlgorithms.RsaSha256),
        };
        adjust?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private static JsonObject Jwk(RsaSecurityKey key, JsonArray? endorsements)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk[AuthenticationConstants.EndorsementsProperty] = endorsements;
        }

        return jwk;
    }
}
