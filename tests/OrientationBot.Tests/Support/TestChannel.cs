using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrientationBot.Protocol.Authentication;

namespace OrientationBot.Tests.Support;

/// <summary>
/// The Bot Connector's signing side, as the Protocol tests build it: a test RSA key endorsed for msteams, one without
/// endorsements, published through a fake OpenID metadata document and key set (brief §1.5); and tokens minted with them.
/// </summary>
internal sealed class TestChannel
{
    public const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";

    // Key generation is slow: made once per run.
    private static readonly RsaSecurityKey SharedTeamsKey = NewKey("teams-key");
    private static readonly RsaSecurityKey SharedUnendorsedKey = NewKey("plain-key");
    private static readonly RsaSecurityKey SharedUnpublishedKey = NewKey("rogue-key");

    public TestChannel()
    {
        Retriever.Serve(AuthenticationConstants.OpenIdMetadataUrl, new JsonObject
        {
            ["issuer"] = AuthenticationConstants.ChannelTokenIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = KeysUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString());
        Retriever.Serve(KeysUrl, new JsonObject
        {
            ["keys"] = new JsonArray(Jwk(TeamsKey, new JsonArray("msteams", "webchat")), Jwk(UnendorsedKey, null)),
        }.ToJsonString());
    }

    public RsaSecurityKey TeamsKey => SharedTeamsKey;

    public RsaSecurityKey UnendorsedKey => SharedUnendorsedKey;

    public RsaSecurityKey UnpublishedKey => SharedUnpublishedKey;

    public FakeDocumentRetriever Retriever { get; } = new();

    /// <summary>A valid channel token for the fixtures' bot and <paramref name="serviceUrl"/>; <paramref name="adjust"/> spoils it.</summary>
    public string CreateToken(string serviceUrl = Fixture.ServiceUrl, Action<SecurityTokenDescriptor>? adjust = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthenticationConstants.ChannelTokenIssuer,
            Audience = Fixture.BotAppId,
            Claims = new Dictionary<string, object> { [AuthenticationConstants.ServiceUrlClaim] = serviceUrl },
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? TeamsKey, SecurityAlgorithms.RsaSha256),
        };
        adjust?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

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
            jwk[AuthenticationConstants.EndorsementsProperty] = endorsements;
        return jwk;
    }
}
