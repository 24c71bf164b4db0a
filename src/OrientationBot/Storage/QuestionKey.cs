using System.Text;

namespace OrientationBot.Storage;

/// <summary>
/// Groups the same question asked differently: case, runs of whitespace and trailing ?!. are ignored,
/// so "Where is OMA?" and "where is  oma" count together in the unanswered report.
/// </summary>
internal static class QuestionKey
{
    public static string Normalise(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var builder = new StringBuilder(question.Length);
        var pendingSpace = false;
        foreach (var c in question.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && builder.Length > 0)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().TrimEnd('?', '!', '.', ' ');
    }
}
