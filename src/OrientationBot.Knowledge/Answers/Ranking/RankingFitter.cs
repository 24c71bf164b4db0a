using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// Fits a <see cref="RankingModel"/> on labelled questions, in three steps that anyone can rerun:
/// <list type="number">
/// <item>the ranking weights, by coordinate ascent on the mean reciprocal rank of the answers (the bot made to answer everything);</item>
/// <item>the decision, by L2-regularised logistic regression: does answering with the best candidate give a right answer?</item>
/// <item>the threshold on that probability that serves newcomers best (see <see cref="WrongAnswerCost"/>, <see cref="UnanswerableCost"/>).</item>
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
        var threshold = FitThreshold(model, examples);
        log($"decision: {examples.Count} examples, {examples.Count(e => e.Right)} right; threshold {threshold:F2}");
        return model.With(threshold: threshold);
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

    private static double FitThreshold(RankingModel model, List<Example> examples)
    {
        var beliefs = examples.Select(e => (Belief: model.Belief(e.Features), e.Answerable, e.Right)).ToList();
        var (bestThreshold, bestGain) = (0.5, double.NegativeInfinity);
        for (var threshold = 0.05; threshold < 0.951; threshold += 0.01)
        {
            double gain = 0;
            foreach (var (belief, answerable, right) in beliefs)
            {
                if (belief < threshold)
                    continue;
                gain += right ? 1 : answerable ? -WrongAnswerCost : -UnanswerableCost;
            }
            if (gain > bestGain)
                (bestThreshold, bestGain) = (Math.Round(threshold, 2), gain);
        }
        return bestThreshold;
    }

    /// <summary>An answerer that never declines on the ranking's evidence, so every question shows what the ranking would answer.</summary>
    private Answerer Forced(RankingModel model) => new(directory, index, new AnswerOptions { Model = model.With(threshold: 0), Intents = intents });

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    private sealed record Example(double[] Features, bool Answerable, bool Right);
}
