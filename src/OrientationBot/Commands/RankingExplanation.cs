using System.Globalization;
using System.Text;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Answers.Ranking;

namespace OrientationBot.Commands;

/// <summary>`ask --explain`: the features the model weighed, so a maintainer sees why an answer won or was declined.</summary>
internal static class RankingExplanation
{
    private const int Shown = 8;

    public static string Format(Answer answer, IReadOnlyList<RankedCandidate> candidates)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder().AppendLine();
        if (answer.DecisionFeatures is { } decision)
        {
            var model = RankingModel.Default;
            text.Append(c, $"decision: belief {model.Belief([.. decision]):F2} (answers from {model.Threshold:F2}, tentatively from {model.TentativeThreshold:F2}); ")
                .AppendJoin(", ", DecisionFeature.Names.Select((name, i) => string.Create(c, $"{name} {decision[i]:F2}"))).AppendLine();
        }
        else
        {
            text.AppendLine("decision: made before the ranking (an acronym, an email address, a kind of unit alone)");
        }
        text.Append(c, $"{"score",7}  ").AppendJoin(" ", RankingFeature.Names.Select(n => string.Create(c, $"{Short(n),6}"))).AppendLine("  document");
        foreach (var candidate in candidates.Take(Shown))
        {
            text.Append(c, $"{candidate.Score,7:F3}  ").AppendJoin(" ", candidate.Features.Select(f => string.Create(c, $"{f,6:F2}")))
                .Append(c, $"  {candidate.Document.Kind.ToString().ToLowerInvariant()}:{candidate.Document.Key}").AppendLine();
        }
        return text.ToString();
    }

    private static string Short(string name) => name.Length <= 6 ? name : name[..6];
}
