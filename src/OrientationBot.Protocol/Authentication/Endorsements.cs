using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OrientationBot.Protocol.Authentication;

/// <summary>Reads the <c>endorsements</c> of the channel's signing keys (brief §1.3 step 6, §1.5).</summary>
internal static class Endorsements
{
    /// <summary>
    /// Tells whether the key that signed the token is endorsed for the activity's channel. A key without an
    /// <c>endorsements</c> entry is rejected, as botbuilder's <c>JwtTokenExtractor</c> does.
    /// </summary>
    /// <param name="configuration">The metadata whose key set signed the token.</param>
    /// <param name="keyIds">Ids naming the signing key, best first: the validating key's id, then the token's <c>kid</c>.</param>
    /// <param name="channelId">The activity's channel id.</param>
    public static bool Allow(OpenIdConnectConfiguration configuration, IEnumerable<string?> keyIds, string channelId)
    {
        var keys = configuration.JsonWebKeySet?.Keys ?? [];
        var key = keyIds
            .Where(id => !string.IsNullOrEmpty(id))
            .Select(id => keys.FirstOrDefault(candidate => string.Equals(candidate.Kid, id, StringComparison.Ordinal)))
            .FirstOrDefault(candidate => candidate is not null);
        if (key is null || !key.AdditionalData.TryGetValue(AuthenticationConstants.EndorsementsProperty, out var raw))
        {
            return false;
        }

        return Read(raw).Contains(channelId, StringComparer.Ordinal);
    }

    // IdentityModel 8 stores unknown JWK members as JsonElement (verified in brief §1.5); a string list is tolerated too.
    private static IEnumerable<string> Read(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!),
        IEnumerable<string> strings => strings,
        _ => [],
    };
}
