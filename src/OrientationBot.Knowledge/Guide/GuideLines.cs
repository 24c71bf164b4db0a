using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Recognisers for the kinds of line the extracted guide is made of.</summary>
internal static partial class GuideLines
{
    public static bool IsUrl(string line) => Url().IsMatch(line);

    public static string? UrlOf(string line) => Url().Match(line) is { Success: true } m ? m.Groups[1].Value : null;

    public static string? MailtoOf(string line) => Mailto().Match(line) is { Success: true } m ? m.Groups[1].Value : null;

    public static IEnumerable<string> EmailsIn(string text) =>
        Email().Matches(text).Select(m => m.Value.TrimEnd('.')).Distinct();

    /// <summary>"1.2 Department of Peace Operations" → ("1.2", "Department of Peace Operations").</summary>
    public static (string Number, string Title)? SectionHeading(string line)
    {
        var m = Section().Match(line);
        return m.Success ? (m.Groups[1].Value, Collapse(m.Groups[2].Value)) : null;
    }

    /// <summary>"Module 2-Section 2.2.5" references to other parts of the guide.</summary>
    public static IEnumerable<string> CrossReferencesIn(string line) =>
        CrossReference().Matches(line).Select(m => Collapse(m.Value));

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*(https?://\S+)\s*$")]
    private static partial Regex Url();

    [GeneratedRegex(@"^\s*mailto:(\S+@\S+?)\s*$")]
    private static partial Regex Mailto();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\s*(\d\.\d(?:\.\d)*)\s+([A-Z].*)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"Module \d+\s*-\s*Section \d+(?:\.\d+)*")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
