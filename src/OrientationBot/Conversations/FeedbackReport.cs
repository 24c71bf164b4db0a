using System.Globalization;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// What the `report` sub-command prints: the questions the guide most often failed to answer, and the units whose
/// answers were most often voted not helpful. Both come from the store; nobody's identity is in either.
/// </summary>
internal sealed class FeedbackReport(IBotStore store, UnitDirectory directory)
{
    public const int DefaultCount = 20;

    /// <summary>Writes both lists as plain text, each "count  item" line most frequent first.</summary>
    public async Task WriteAsync(TextWriter output, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var unanswered = await store.TopUnansweredAsync(count, cancellationToken);
        var notHelpful = await store.TopNotHelpfulUnitsAsync(count, cancellationToken);

        await output.WriteLineAsync($"Most frequent unanswered questions (top {count}):");
        if (unanswered.Count == 0)
            await output.WriteLineAsync("  none recorded");
        foreach (var question in unanswered)
            await output.WriteLineAsync($"  {Count(question.Count)}  {question.Question}");

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Units with the most \"not helpful\" votes (top {count}):");
        if (notHelpful.Count == 0)
            await output.WriteLineAsync("  none recorded");
        foreach (var unit in notHelpful)
            await output.WriteLineAsync($"  {Count(unit.NotHelpful)}  {UnitName(unit.UnitId)} ({unit.Helpful.ToString(CultureInfo.InvariantCulture)} helpful)");
    }

    // Right-aligned so the column of names lines up for any count under a million.
    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture).PadLeft(6);

    /// <summary>The unit's title, or its id marked as gone when a knowledge update removed it since the vote.</summary>
    private string UnitName(string unitId) =>
        directory.Find(unitId) is { } unit
            ? unit.Acronyms.Count > 0 ? $"{directory.DisplayName(unit)} ({unit.Acronyms[0]})" : directory.DisplayName(unit)
            : $"{unitId} (no longer in the e-Guide)";
}
