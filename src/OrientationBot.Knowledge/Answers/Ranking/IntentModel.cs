using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>
/// What kind of answer a question wants, read by a softmax regression over its words, word pairs, opening words and
/// <see cref="IntentDetector.Cues"/>, with weights fitted on the labelled question sets (<see cref="IntentFitter"/>).
/// Questions asking what an acronym stands for are settled before it (see <see cref="Answerer"/>).
/// </summary>
public sealed class IntentModel
{
    /// <summary>The intents the model chooses between, in the order of every weight vector.</summary>
    public static IReadOnlyList<QuestionIntent> Intents { get; } =
    [
        QuestionIntent.About, QuestionIntent.WhoHandles, QuestionIntent.Contact, QuestionIntent.Website,
        QuestionIntent.Person, QuestionIntent.Location, QuestionIntent.Children, QuestionIntent.Parent,
    ];

    private readonly Dictionary<string, double[]> _weights;
    private readonly double[] _bias;

    public IntentModel(IReadOnlyDictionary<string, double[]> weights, IReadOnlyList<double> bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (bias.Count != Intents.Count || weights.Values.Any(w => w.Length != Intents.Count))
            throw new ArgumentException("A weight per intent is needed.");
        _weights = new Dictionary<string, double[]>(weights, StringComparer.Ordinal);
        _bias = [.. bias];
    }

    /// <summary>The model that ships with the bot.</summary>
    public static IntentModel Default { get; } = Parse(EmbeddedFile.Read(ResourceName));

    public const string ResourceName = "OrientationBot.Knowledge.intent-model.json";

    public IReadOnlyDictionary<string, double[]> Weights => _weights;

    public IReadOnlyList<double> Bias => _bias;

    /// <summary>The most probable intent of a normalised question.</summary>
    public QuestionIntent Predict(string normalised)
    {
        var scores = Scores(Features(normalised));
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
                best = i;
        }
        return Intents[best];
    }

    /// <summary>Unnormalised log-probabilities, one per intent.</summary>
    internal double[] Scores(IEnumerable<string> features)
    {
        var scores = _bias.ToArray();
        foreach (var feature in features)
        {
            if (!_weights.TryGetValue(feature, out var weights))
                continue;
            for (var i = 0; i < scores.Length; i++)
                scores[i] += weights[i];
        }
        return scores;
    }

    /// <summary>
    /// The evidence a question's phrasing gives: each word ("w:under"), each pair of neighbours ("b:report to"), the
    /// opening word and pair ("^:where", "^^:where does"), the last word ("$:sit") and each matching hand-written cue.
    /// </summary>
    public static IReadOnlySet<string> Features(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Greetings say nothing of the intent; what follows them opens the question.
        var start = 0;
        while (start < words.Length - 1 && words[start] is "hi" or "hey" or "hello" or "quick" or "q" or "so" or "ok" or "please")
            start++;
        var features = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < words.Length; i++)
        {
            features.Add("w:" + words[i]);
            if (i > start)
                features.Add("b:" + words[i - 1] + " " + words[i]);
        }
        if (words.Length > start)
        {
            features.Add("^:" + words[start]);
            if (words.Length > start + 1)
                features.Add("^^:" + words[start] + " " + words[start + 1]);
            features.Add("$:" + words[^1]);
        }
        foreach (var cue in IntentDetector.Cues(normalised))
            features.Add("cue:" + cue);
        return features;
    }

    public static IntentModel Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("The intent model is empty.");
        var intents = root["intents"]?.AsArray().Select(n => n!.GetValue<string>()).ToList()
            ?? throw new FormatException("The intent model has no 'intents'.");
        if (!intents.SequenceEqual(Intents.Select(i => i.ToString())))
            throw new FormatException($"The intent model's intents are {string.Join(", ", intents)}, not {string.Join(", ", Intents)}.");
        var bias = root["bias"]?.AsArray().Select(n => n!.GetValue<double>()).ToList() ?? throw new FormatException("The intent model has no 'bias'.");
        var weights = (root["weights"] as JsonObject ?? throw new FormatException("The intent model has no 'weights'."))
            .ToDictionary(p => p.Key, p => p.Value!.AsArray().Select(n => n!.GetValue<double>()).ToArray(), StringComparer.Ordinal);
        return new IntentModel(weights, bias);
    }

    /// <param name="provenance">What the model was fitted on, kept in the file for whoever reads it next.</param>
    /// <remarks>One feature per line, so a refit shows in a diff as the phrasings whose weights moved.</remarks>
    public string ToJson(string provenance)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string Numbers(IEnumerable<double> values) => JsonSerializer.Serialize(values.Select(v => Math.Round(v, 3)), options);
        var text = new StringBuilder("{\n")
            .Append("  \"fitted\": ").Append(JsonSerializer.Serialize(provenance, options)).Append(",\n")
            .Append("  \"intents\": ").Append(JsonSerializer.Serialize(Intents.Select(i => i.ToString()), options)).Append(",\n")
            .Append("  \"bias\": ").Append(Numbers(_bias)).Append(",\n")
            .Append("  \"weights\": {\n");
        var first = true;
        foreach (var (feature, values) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(first ? "" : ",\n").Append("    ").Append(JsonSerializer.Serialize(feature, options)).Append(": ").Append(Numbers(values));
            first = false;
        }
        return text.Append("\n  }\n}\n").ToString();
    }
}
