using System.Globalization;
using System.Text;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// What the `report` sub-command prints for the guide's owners: the questions the guide failed to answer for the most
/// users, the units whose answers most users voted not helpful, and the comments left with votes, over a period. As
/// text, or as CSV for a spreadsheet. Nobody's identity is in any of it. Users' own words are printed without control
/// characters, so a comment cannot carry terminal escape sequences, and a CSV cell cannot start a formula.
/// </summary>
internal sealed class FeedbackReport(IBotStore store, UnitDirectory directory)
{
    public const int DefaultCount = 20;

    public async Task WriteAsync(TextWriter output, int count, ReportPeriod period, bool csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var unanswered = await store.TopUnansweredAsync(count, period, cancellationToken);
        var notHelpful = await store.TopNotHelpfulUnitsAsync(count, period, cancellationToken);
        var comments = await store.FeedbackCommentsAsync(count, period, cancellationToken);
        if (csv)
            await WriteCsvAsync(output, unanswered, notHelpful, comments);
        else
            await WriteTextAsync(output, count, period, unanswered, notHelpful, comments);
    }

    private async Task WriteTextAsync(TextWriter output, int count, ReportPeriod period,
        IReadOnlyList<QuestionCount> unanswered, IReadOnlyList<UnitFeedbackCount> notHelpful, IReadOnlyList<FeedbackComment> comments)
    {
        await output.WriteLineAsync($"Period: {Describe(period)}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Unanswered questions asked by the most users (top {count}):");
        if (unanswered.Count == 0)
            await output.WriteLineAsync("  none recorded");
        foreach (var question in unanswered)
            await output.WriteLineAsync($"  {Count(question.Count)}  {Clean(question.Question)}");

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Units most users voted \"not helpful\" (top {count}):");
        if (notHelpful.Count == 0)
            await output.WriteLineAsync("  none recorded");
        foreach (var unit in notHelpful)
            await output.WriteLineAsync($"  {Count(unit.NotHelpful)}  {UnitName(unit.UnitId)} ({unit.Helpful.ToString(CultureInfo.InvariantCulture)} found it helpful)");

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Comments left with votes (newest {count}):");
        if (comments.Count == 0)
            await output.WriteLineAsync("  none recorded");
        foreach (var comment in comments)
        {
            var about = comment.UnitId is null ? "" : $" on {UnitName(comment.UnitId)}";
            await output.WriteLineAsync(
                $"  {Day(comment.At)}  {(comment.Helpful ? "helpful" : "not helpful")}{about}, asked \"{Clean(comment.Question)}\": {Clean(comment.Comment)}");
        }
    }

    private async Task WriteCsvAsync(TextWriter output,
        IReadOnlyList<QuestionCount> unanswered, IReadOnlyList<UnitFeedbackCount> notHelpful, IReadOnlyList<FeedbackComment> comments)
    {
        await output.WriteLineAsync("list,users,helpful_users,unit,unit_id,question,comment,at");
        foreach (var question in unanswered)
            await Row(output, "unanswered", Number(question.Count), "", "", "", question.Question, "", "");
        foreach (var unit in notHelpful)
            await Row(output, "not_helpful", Number(unit.NotHelpful), Number(unit.Helpful), UnitName(unit.UnitId), unit.UnitId, "", "", "");
        foreach (var comment in comments)
        {
            await Row(output, comment.Helpful ? "comment_helpful" : "comment_not_helpful", "", "",
                comment.UnitId is null ? "" : UnitName(comment.UnitId), comment.UnitId ?? "", comment.Question, comment.Comment,
                comment.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
    }

    private static Task Row(TextWriter output, params string[] cells) =>
        output.WriteLineAsync(string.Join(',', cells.Select(CsvCell)));

    /// <summary>RFC 4180 quoting; a cell that a spreadsheet would read as a formula starts with an apostrophe.</summary>
    private static string CsvCell(string value)
    {
        var text = Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Users' words without control characters (escape sequences, line breaks), each run of them one space.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Describe(ReportPeriod period) => (period.Since, period.Until) switch
    {
        (null, null) => "everything recorded",
        ({ } since, null) => $"from {Day(since)}",
        (null, { } until) => $"until {Day(until.AddDays(-1))}",
        ({ } since, { } until) => $"{Day(since)} to {Day(until.AddDays(-1))}",
    };

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Right-aligned so the column of names lines up for any count under a million.
    private static string Count(int value) => Number(value).PadLeft(6);

    /// <summary>The unit's title, or its id marked as gone when a knowledge update removed it since the vote.</summary>
    private string UnitName(string unitId) =>
        directory.Find(unitId) is { } unit
            ? unit.Acronyms.Count > 0 ? $"{directory.DisplayName(unit)} ({unit.Acronyms[0]})" : directory.DisplayName(unit)
            : $"{Clean(unitId)} (no longer in the e-Guide)";
}
