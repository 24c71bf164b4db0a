using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// The answerer's fitted weights: a linear score over <see cref="RankingFeature"/>s that orders the candidates, and a
/// logistic regression over <see cref="DecisionFeature"/>s that gives the probability that answering with the best of
/// them is right: from <see cref="Threshold"/> the bot answers, from <see cref="TentativeThreshold"/> it answers saying it
/// is not sure and offers the runners-up, below that it declines. Fitted by <see cref="RankingFitter"/> (the bot's `fit`
/// command) on the tuning and development question sets, and shipped as ranking-model.json inside this assembly.
/// </summary>
public sealed class RankingModel
{
    private readonly double[] _rankWeights;
    private readonly double[] _decisionWeights;

    public RankingModel(IReadOnlyList<double> rankWeights, IReadOnlyList<double> decisionWeights, double decisionBias, double threshold,
        double? tentativeThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(rankWeights);
        ArgumentNullException.ThrowIfNull(decisionWeights);
        if (rankWeights.Count != RankingFeature.Names.Count || decisionWeights.Count != DecisionFeature.Names.Count)
            throw new ArgumentException("A weight per feature is needed.");
        _rankWeights = [.. rankWeights];
        _decisionWeights = [.. decisionWeights];
        DecisionBias = decisionBias;
        Threshold = threshold;
        TentativeThreshold = Math.Min(threshold, tentativeThreshold ?? threshold);
    }

    /// <summary>The model that ships with the bot.</summary>
    public static RankingModel Default { get; } = Parse(EmbeddedFile.Read(ResourceName));

    public IReadOnlyList<double> RankWeights => _rankWeights;

    public IReadOnlyList<double> DecisionWeights => _decisionWeights;

    public double DecisionBias { get; }

    /// <summary>The least probability of being right at which the bot answers plainly.</summary>
    public double Threshold { get; }

    /// <summary>The least probability of being right at which the bot answers at all, saying it is not sure; at most <see cref="Threshold"/>.</summary>
    public double TentativeThreshold { get; }

    /// <summary>The candidate's ranking score: the weighted sum of its <see cref="RankingFeature"/>s.</summary>
    public double Score(ReadOnlySpan<double> features) => Dot(_rankWeights, features);

    /// <summary>The probability, 0 to 1, that answering with the candidate these <see cref="DecisionFeature"/>s describe is right.</summary>
    public double Belief(ReadOnlySpan<double> features) => 1 / (1 + Math.Exp(-(DecisionBias + Dot(_decisionWeights, features))));

    public RankingModel With(IReadOnlyList<double>? rankWeights = null, IReadOnlyList<double>? decisionWeights = null,
        double? decisionBias = null, double? threshold = null, double? tentativeThreshold = null) =>
        new(rankWeights ?? _rankWeights, decisionWeights ?? _decisionWeights, decisionBias ?? DecisionBias, threshold ?? Threshold,
            tentativeThreshold ?? (threshold is null ? TentativeThreshold : null));

    internal static double Dot(double[] weights, ReadOnlySpan<double> features)
    {
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
            sum += weights[i] * features[i];
        return sum;
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>; every feature must have its weight, and no other name may appear.</summary>
    public static RankingModel Parse(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new FormatException("The ranking model is empty.");
        var decision = root["decision"] ?? throw new FormatException("The ranking model has no 'decision'.");
        return new RankingModel(
            Weights(root["ranking"], RankingFeature.Names, "ranking"),
            Weights(decision["weights"], DecisionFeature.Names, "decision.weights"),
            Number(decision["bias"], "decision.bias"),
            Number(decision["threshold"], "decision.threshold"),
            Number(decision["tentativeThreshold"], "decision.tentativeThreshold"));
    }

    /// <param name="provenance">What the model was fitted on, and how well it did: kept in the file for whoever reads it next.</param>
    public string ToJson(string provenance)
    {
        var root = new JsonObject
        {
            ["fitted"] = provenance,
            ["ranking"] = Object(RankingFeature.Names, _rankWeights),
            ["decision"] = new JsonObject
            {
                ["bias"] = Math.Round(DecisionBias, 4),
                ["threshold"] = Math.Round(Threshold, 4),
                ["tentativeThreshold"] = Math.Round(TentativeThreshold, 4),
                ["weights"] = Object(DecisionFeature.Names, _decisionWeights),
            },
        };
        // Relaxed escaping keeps the provenance readable ("+", "`") in a file people review in diffs.
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Object(IReadOnlyList<string> names, double[] weights)
    {
        var json = new JsonObject();
        for (var i = 0; i < names.Count; i++)
            json[names[i]] = Math.Round(weights[i], 4);
        return json;
    }

    private static double[] Weights(JsonNode? node, IReadOnlyList<string> names, string where)
    {
        if (node is not JsonObject json)
            throw new FormatException($"The ranking model has no '{where}'.");
        var unknown = json.Select(p => p.Key).Except(names).ToList();
        if (unknown.Count > 0)
            throw new FormatException($"The ranking model's '{where}' names unknown features: {string.Join(", ", unknown)}.");
        return [.. names.Select(name => Number(json[name], $"{where}.{name}"))];
    }

    private static double Number(JsonNode? node, string where) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) && double.IsFinite(number)
            ? number
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"The ranking model's '{where}' is not a number."));

    /// <summary>The embedded file's resource name (see the project file).</summary>
    public const string ResourceName = "OrientationBot.Knowledge.ranking-model.json";
}
