namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// Fits an <see cref="IntentModel"/>: softmax regression with L2 regularisation, by AdaGrad over every labelled question
/// at once, on the features that occur in at least two of them (a feature seen once is a name, not a phrasing).
/// </summary>
public static class IntentFitter
{
    private const int Epochs = 300;
    private const double LearningRate = 0.5;
    private const int MinimumOccurrences = 2;

    /// <summary>The L2 weight the fit command uses: the best of a few tried by cross-validation on the read sets.</summary>
    public const double DefaultL2 = 3e-4;

    /// <summary>A question set's kind as the intent it labels, or null for kinds no intent stands for (unanswerable, guide).</summary>
    public static QuestionIntent? Label(string kind) => kind switch
    {
        "about" => QuestionIntent.About,
        "who-handles" => QuestionIntent.WhoHandles,
        "contact" => QuestionIntent.Contact,
        "website" => QuestionIntent.Website,
        "person" => QuestionIntent.Person,
        "location" => QuestionIntent.Location,
        "children" => QuestionIntent.Children,
        "parent" => QuestionIntent.Parent,
        _ => null,
    };

    public static IntentModel Fit(IReadOnlyList<(string Normalised, QuestionIntent Intent)> examples, double l2 = DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var classes = IntentModel.Intents.Count;
        var featureSets = examples.Select(e => IntentModel.Features(e.Normalised)).ToList();
        var names = featureSets.SelectMany(f => f).GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumOccurrences).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var rows = featureSets.Select(f => f.Where(index.ContainsKey).Select(n => index[n]).ToArray()).ToList();
        var labels = examples.Select(e => IndexOf(e.Intent)).ToList();

        var weights = new double[names.Count, classes];
        var bias = new double[classes];
        var squared = new double[names.Count, classes];
        var biasSquared = new double[classes];
        var gradient = new double[names.Count, classes];
        var biasGradient = new double[classes];
        var probabilities = new double[classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            Array.Clear(gradient);
            Array.Clear(biasGradient);
            for (var e = 0; e < rows.Count; e++)
            {
                Probabilities(rows[e], weights, bias, probabilities);
                for (var c = 0; c < classes; c++)
                {
                    var error = (probabilities[c] - (labels[e] == c ? 1 : 0)) / rows.Count;
                    biasGradient[c] += error;
                    foreach (var f in rows[e])
                        gradient[f, c] += error;
                }
            }
            for (var c = 0; c < classes; c++)
            {
                biasSquared[c] += biasGradient[c] * biasGradient[c];
                bias[c] -= LearningRate * biasGradient[c] / (Math.Sqrt(biasSquared[c]) + 1e-8);
                for (var f = 0; f < names.Count; f++)
                {
                    var g = gradient[f, c] + l2 * weights[f, c];
                    squared[f, c] += g * g;
                    weights[f, c] -= LearningRate * g / (Math.Sqrt(squared[f, c]) + 1e-8);
                }
            }
        }
        var byName = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var f = 0; f < names.Count; f++)
            byName[names[f]] = [.. Enumerable.Range(0, classes).Select(c => weights[f, c])];
        return new IntentModel(byName, bias);
    }

    /// <summary>The share of questions whose intent a model fitted on the other folds reads right.</summary>
    public static double CrossValidate(IReadOnlyList<(string Normalised, QuestionIntent Intent)> examples, int folds, double l2 = DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var right = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Fit([.. examples.Where((_, i) => i % folds != fold)], l2);
            right += examples.Where((_, i) => i % folds == fold).Count(e => model.Predict(e.Normalised) == e.Intent);
        }
        return (double)right / examples.Count;
    }

    private static int IndexOf(QuestionIntent intent)
    {
        for (var i = 0; i < IntentModel.Intents.Count; i++)
        {
            if (IntentModel.Intents[i] == intent)
                return i;
        }
        throw new ArgumentException($"{intent} is not among the model's intents.", nameof(intent));
    }

    private static void Probabilities(int[] row, double[,] weights, double[] bias, double[] probabilities)
    {
        var max = double.NegativeInfinity;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var score = bias[c];
            foreach (var f in row)
                score += weights[f, c];
            probabilities[c] = score;
            max = Math.Max(max, score);
        }
        double sum = 0;
        for (var c = 0; c < probabilities.Length; c++)
            sum += probabilities[c] = Math.Exp(probabilities[c] - max);
        for (var c = 0; c < probabilities.Length; c++)
            probabilities[c] /= sum;
    }
}
