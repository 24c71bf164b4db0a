using System.Text.RegularExpressions;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Splits guide prose into sentences: at ". " before a capital, but not after "Mr", "Ms" or an initial ("Rosemary A. DiCarlo").</summary>
internal static partial class SentenceSplitter
{
    public static string[] Split(string text) => SentenceEnd().Split(text);

    [GeneratedRegex(@"(?<=(?<!\b(?:Mr|Ms|Mrs|Dr|[A-Z]))[.!?])\s+(?=[A-Z\u201C])")]
    private static partial Regex SentenceEnd();
}
