using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>"Office of Rule of Law and Security Institutions" → "office-of-rule-of-law-and-security-institutions".</summary>
internal static partial class Slug
{
    public static string From(string text) => NonWord().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
