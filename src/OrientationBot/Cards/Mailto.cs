namespace OrientationBot.Cards;

/// <summary>
/// Builds <c>mailto:</c> links for addresses the model supplies. Teams does not reliably open them from
/// Action.OpenUrl (protocol brief §5), so every card also prints the address as text; the button is a convenience.
/// </summary>
internal static class Mailto
{
    /// <summary>The link, with subject and body percent-encoded (RFC 6068); null when the address looks malformed.</summary>
    public static string? For(string email, string? subject = null, string? body = null)
    {
        if (!IsPlausibleAddress(email))
            return null;
        var query = new List<string>();
        if (!string.IsNullOrEmpty(subject))
            query.Add("subject=" + Uri.EscapeDataString(subject));
        if (!string.IsNullOrEmpty(body))
            query.Add("body=" + Uri.EscapeDataString(body));
        return query.Count == 0 ? $"mailto:{email}" : $"mailto:{email}?{string.Join('&', query)}";
    }

    // Addresses go into the link unescaped, so anything that could break out of the addr-spec is refused.
    private static bool IsPlausibleAddress(string email)
    {
        var at = email.IndexOf('@');
        return email.Length <= 254
            && at > 0
            && at == email.LastIndexOf('@')
            && at < email.Length - 1
            && email.All(c => char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '-' or '_' or '+');
    }
}
