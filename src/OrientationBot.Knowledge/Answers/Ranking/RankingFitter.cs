using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// Fits a <see cref="RankingModel"/> on labelled questions, in three steps that anyone can rerun:
/// <list type="number">
/// <item>the ranking weights, by coordinate ascent on the mean reciprocal rank of the answers (the bot made to answer everything);</item>
/// <item>the decision, by L2-regularised logistic regression: does answering with the best candidate give a right answer?</item>
/// <item>the thresholds on that probability, for a plain and for a tentative answer, that serve newcomers best (see <see cref="Gain"/>).</item>
/// </list>
/// </summary>
public sealed class RankingFitter(UnitDirectory directory, IUnitIndex index, IntentModel intents)
{
    /// <summary>Multipliers tried on a weight per round; a weight at zero is tried at these steps instead.</summary>
    private static readonly double[] Multipliers = [0, 0.5, 0.75, 0.9, 1.1, 1.33, 2];
    private static readonly double[] Steps = [0.05, 0.1, 0.2, 0.4];

    /// <summary>Rounds over all weights, at most; ascent stops earlier when a round improves nothing.</summary>
    private const int Rounds = 4;

    /// <summary>
    /// What a wrong answer to an answerable question costs beside a decline, in right answers: a wrong unit with "did you
    /// mean" often still shows the right one, while a decline shows nothing.
    /// </summary>
    private const double WrongAnswerCost = 0.5;

    /// <summary>
    /// What answering a question the guide does not cover costs beside a decline: a whole right answer. (1.5 and 2 were
    /// tried too; on the read sets all three settle on the same threshold.)
    /// </summary>
    private const double UnanswerableCost = 1;

    /// <summary>A right answer said as "not sure, maybe this": worth less than a plain one, since the reader must check it.</summary>
    private const double TentativeRightGain = 0.75;

    /// <summary>
    /// The share of a wrong answer's cost that a tentative one costs: the reader was warned, and the runners-up shown with it
    /// often hold the unit sought.
    /// </summary>
    private const double TentativeCostShare = 0.5;

    private const double L2 = 0.01;
    private const int GradientSteps = 3000;
    private const double LearningRate = 0.5;

    private readonly AnswerMatcher _matcher = new(directory);

    public RankingModel Fit(RankingModel start, IReadOnlyList<EvaluationQuestion> questions, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(log);
        var weights = FitRanking(start, questions, log);
        var model = start.With(rankWeights: weights);
        var examples = Examples(model, questions);
        var (decisionWeights, bias) = FitDecision(examples);
        model = model.With(decisionWeights: decisionWeights, decisionBias: bias);
        var (threshold, tentative) = FitThresholds(model, examples);
        log($"decision: {examples.Count} examples, {examples.Count(e => e.Right)} right; answers from {threshold:F2}, tentatively from {tentative:F2}");
        return model.With(threshold: threshold, tentativeThreshold: tentative);
    }

    /// <summary>The mean reciprocal rank of the expected answer among those shown, the bot made to answer every question.</summary>
    public double Mrr(RankingModel model, IReadOnlyList<EvaluationQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(questions);
        var answerer = Forced(model);
        double sum = 0;
        var count = 0;
        foreach (var question in questions.Where(q => q.Answerable))
        {
            count++;
            if (_matcher.RankOf(answerer.Ask(question.Question), question.Expected) is { } rank)
                sum += 1.0 / (rank + 1);
        }
        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Coordinate ascent; the first weight stays at its value, fixing the scale the hierarchy's ratios read.</summary>
    private double[] FitRanking(RankingModel start, IReadOnlyList<EvaluationQuestion> questions, Action<string> log)
    {
        var weights = start.RankWeights.ToArray();
        var best = Mrr(start, questions);
        log($"ranking: MRR {best:F4} at the start");
        for (var round = 0; round < Rounds; round++)
        {
            var improved = false;
            for (var i = 1; i < weights.Length; i++)
            {
                var current = weights[i];
                foreach (var value in Candidates(current))
                {
                    weights[i] = value;
                    var mrr = Mrr(start.With(rankWeights: weights), questions);
                    if (mrr > best + 1e-9)
                    {
                        (best, current, improved) = (mrr, value, true);
                        log($"ranking: {RankingFeature.Names[i]} = {value:F3}, MRR {best:F4}");
                    }
                }
                weights[i] = current;
            }
            if (!improved)
                break;
        }
        return weights;
    }

    private static IEnumerable<double> Candidates(double current) =>
        current == 0 ? Steps.SelectMany(s => new[] { s, -s }) : Multipliers.Select(m => Math.Round(current * m, 4)).Where(v => v != current);

    private List<Example> Examples(RankingModel model, IReadOnlyList<EvaluationQuestion> questions)
    {
        var answerer = Forced(model);
        var examples = new List<Example>();
        foreach (var question in questions)
        {
            var answer = answerer.Ask(question.Question);
            if (answer.DecisionFeatures is not { } features)
                continue; // answered or declined before the ranking had a say: an acronym, an email address
            examples.Add(new Example([.. features], question.Answerable, question.Answerable && _matcher.RankOf(answer, question.Expected) == 0));
        }
        return examples;
    }

    private static (double[] Weights, double Bias) FitDecision(List<Example> examples)
    {
        var weights = new double[DecisionFeature.Names.Count];
        double bias = 0;
        var gradient = new double[weights.Length];
        for (var step = 0; step < GradientSteps; step++)
        {
            Array.Clear(gradient);
            double biasGradient = 0;
            foreach (var example in examples)
            {
                var error = Sigmoid(bias + RankingModel.Dot(weights, example.Features)) - (example.Right ? 1 : 0);
                biasGradient += error;
                for (var i = 0; i < weights.Length; i++)
                    gradient[i] += error * example.Features[i];
            }
            bias -= LearningRate * biasGradient / examples.Count;
            for (var i = 0; i < weights.Length; i++)
                weights[i] -= LearningRate * (gradient[i] / examples.Count + L2 * weights[i]);
        }
        return (weights, bias);
    }

    /// <summary>
    /// The pair of thresholds (plain answer, tentative answer) that gains most over declining everything: each answer's
    /// gain by <see cref="Gain"/>, each question counted once, at the kind of answer its belief earns.
    /// </summary>
    private static (double Threshold, double Tentative) FitThresholds(RankingModel model, List<Example> examples)
    {
        var beliefs = examples.Select(e => (Belief: model.Belief(e.Features), e.Answerable, e.Right)).ToList();
        var (best, bestGain) = ((0.5, 0.5), double.NegativeInfinity);
        for (var threshold = 5; threshold <= 95; threshold++)
        {
            for (var tentative = 5; tentative <= threshold; tentative++)
            {
                double gain = 0;
                foreach (var (belief, answerable, right) in beliefs)
                {
                    if (belief >= threshold / 100.0)
                        gain += Gain(right, answerable, tentative: false);
                    else if (belief >= tentative / 100.0)
                        gain += Gain(right, answerable, tentative: true);
                }
                if (gain > bestGain + 1e-9)
                    (best, bestGain) = ((threshold / 100.0, tentative / 100.0), gain);
            }
        }
        return best;
    }

    /// <summary>
    /// What an answer gains over a decline, in right answers: a right answer 1, a wrong one <see cref="WrongAnswerCost"/> less,
    /// an answer to an unanswerable question <see cref="UnanswerableCost"/> less. Said as "not sure, maybe this" with the
    /// runners-up, a right answer gains <see cref="TentativeRightGain"/> and a wrong one costs <see cref="TentativeCostShare"/>
    /// of what it would plainly.
    /// </summary>
    private static double Gain(bool right, bool answerable, bool tentative)
    {
        if (right)
            return tentative ? TentativeRightGain : 1;
        var cost = answerable ? WrongAnswerCost : UnanswerableCost;
        return -(tentative ? TentativeCostShare * cost : cost);
    }

    /// <summary>An answerer that never declines on the ranking's evidence, so every question shows what the ranking would answer.</summary>
    private Answerer Forced(RankingModel model) =>
        new(directory, index, new AnswerOptions { Model = model.With(threshold: 0, tentativeThreshold: 0), Intents = intents });

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private sealed record Example(double[] Features, bool Answerable, bool Right);
}
