namespace OrientationBot.Knowledge.Answers;

/// <summary>One row of a question set: the question, its acceptable answers ("-" alone for unanswerable) and its kind.</summary>
public sealed record EvaluationQuestion(string Question, IReadOnlyList<string> Expected, string Kind)
{
    public bool Answerable => Expected is not ["-"];

    /// <summary>Reads a tab-separated question set with the header "question, expected, kind"; expected answers are separated by "|".</summary>
    public static IReadOnlyList<EvaluationQuestion> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(line =>
        {
            var cells = line.Split('\t');
            if (cells.Length < 2)
                throw new FormatException($"Question set line has fewer than two tab-separated cells: \"{line}\".");
            var expected = cells[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new EvaluationQuestion(cells[0].Trim(), expected, cells.Length > 2 ? cells[2].Trim() : "");
        }).ToList();
    }
}
