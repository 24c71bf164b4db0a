using System.Globalization;
using System.Text;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// Runs a question set through answerers and measures top-1, top-3 (the answer and its "did you mean"),
/// mean reciprocal rank, the share of unanswerable questions declined and the answerable ones declined.
/// </summary>
public sealed class Evaluator(UnitDirectory directory)
{
    private readonly AnswerMatcher _matcher = new(directory);

    public EvaluationResult Run(string name, IAnswerer answerer, IReadOnlyList<EvaluationQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(questions);
        int answerable = 0, unanswerable = 0, top1 = 0, top3 = 0, declined = 0, wronglyDeclined = 0;
        double reciprocal = 0;
        var misses = new List<EvaluationMiss>();
        foreach (var question in questions)
        {
            var answer = answerer.Ask(question.Question);
            if (!question.Answerable)
            {
                unanswerable++;
                if (!answer.Answered)
                    declined++;
                else
                    misses.Add(new EvaluationMiss(question, Describe(answer)));
                continue;
            }
            answerable++;
            if (!answer.Answered)
                wronglyDeclined++;
            var rank = _matcher.RankOf(answer, question.Expected);
            if (rank == 0)
                top1++;
            else
                misses.Add(new EvaluationMiss(question, Describe(answer)));
            if (rank < 3)
                top3++;
            if (rank is { } r)
                reciprocal += 1.0 / (r + 1);
        }
        return new EvaluationResult(name, answerable, unanswerable, top1, top3, reciprocal, declined, wronglyDeclined, misses);
    }

    /// <summary>A side-by-side table of the results, then each answerer's misses.</summary>
    public static string Report(IReadOnlyList<EvaluationResult> results, bool listMisses = true)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"{"",-28}").AppendJoin("", results.Select(r => string.Create(c, $"{r.Name,16}"))).AppendLine();
        Row("answerable questions", r => r.Answerable.ToString(c));
        Row("top-1", r => Percent(r.Top1Share));
        Row("top-3", r => Percent(r.Top3Share));
        Row("MRR", r => r.Mrr.ToString("F3", c));
        Row("unanswerable questions", r => r.Unanswerable.ToString(c));
        Row("unanswerable declined", r => Percent(r.DeclinedShare));
        Row("answerable declined", r => string.Create(c, $"{r.AnswerableDeclined} ({Percent(r.WronglyDeclinedShare)})"));
        if (listMisses)
        {
            foreach (var result in results)
            {
                text.AppendLine().Append(c, $"{result.Name} misses ({result.Misses.Count}):").AppendLine();
                foreach (var miss in result.Misses)
                    text.Append(c, $"  [{miss.Question.Kind}] {miss.Question.Question}  expected {string.Join(" | ", miss.Question.Expected)}  shown {miss.Shown}").AppendLine();
            }
        }
        return text.ToString();

        void Row(string label, Func<EvaluationResult, string> cell) =>
            text.Append(c, $"{label,-28}").AppendJoin("", results.Select(r => string.Create(c, $"{cell(r),16}"))).AppendLine();
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private string Describe(Answer answer) => answer switch
    {
        NoAnswer => "(declined)",
        GlossaryAnswer g => $"glossary:{g.Entry.Acronym}" + (g.Unit is null ? "" : $" ({directory.DisplayName(g.Unit)})"),
        GuideAnswer g => $"guide:{g.Entry.Id}",
        _ => $"{answer.Intent}: " + string.Join(" / ", answer.Units.Select(directory.DisplayName)),
    };
}
