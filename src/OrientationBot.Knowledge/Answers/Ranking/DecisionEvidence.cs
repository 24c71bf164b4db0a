using OrientationBot.Knowledge.Search;

namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>The <see cref="DecisionFeature"/>s of a candidate: what the answer-or-decline decision weighs, computed in one place.</summary>
internal static class DecisionEvidence
{
    /// <summary>
    /// What the decision weighs about answering with <paramref name="eligible"/>[<paramref name="index"/>] (see
    /// <see cref="DecisionFeature"/>). For a procedure or a rule ("how do I get Umoja access for procurement approvals",
    /// "can I telecommute in DPO"), a unit is an answer only if its text speaks of what was asked: being named earns it
    /// nothing (see <see cref="IntentDetector.AsksForAProcedure"/>).
    /// </summary>
    /// <param name="statesDetail">Whether a unit's text states the detail the question asks for, when it asks for one.</param>
    public static double[] Of(
        AnalysedQuery query, QuestionIntent intent, IReadOnlyList<RankedCandidate> eligible, int index, bool procedure, Func<string, bool>? statesDetail)
    {
        var candidate = eligible[index];
        var named = !(procedure && candidate.Document.Kind == DocumentKind.Unit);
        var next = index + 1 < eligible.Count ? eligible[index + 1].Score : 0;
        var features = new double[DecisionFeature.Names.Count];
        features[DecisionFeature.Focus] = candidate.Focus;
        features[DecisionFeature.Completeness] = named ? candidate.NameCompleteness : 0;
        features[DecisionFeature.Coverage] = candidate.Coverage;
        features[DecisionFeature.Identity] = named ? candidate.Identity : 0;
        features[DecisionFeature.KnownShare] = eligible.Max(c => c.Coverage);
        features[DecisionFeature.Margin] = candidate.Score > 0 ? Math.Clamp((candidate.Score - next) / candidate.Score, 0, 1) : 0;
        features[DecisionFeature.Procedure] = procedure ? 1 : 0;
        features[DecisionFeature.Length] = Math.Min(1, query.Terms.Count / 8.0);
        features[DecisionFeature.Corrected] = query.Terms.Any(t => t.Corrected) ? 1 : 0;
        features[DecisionFeature.NamedOrFocused] = named ? candidate.Confidence : candidate.Focus;
        features[DecisionFeature.FactMissing] = AsksForAFact(intent) && candidate.Document.Kind == DocumentKind.Unit
            && candidate.Features[RankingFeature.OffersFact] == 0 ? 1 : 0;
        features[DecisionFeature.Unexplained] = Unexplained(query, candidate.Document);
        features[DecisionFeature.Strength] = candidate.Score > 0 ? candidate.Score / (1 + candidate.Score) : 0;
        features[DecisionFeature.AsksWhoHandles] = intent == QuestionIntent.WhoHandles ? 1 : 0;
        features[DecisionFeature.AsksStructure] = intent is QuestionIntent.Children or QuestionIntent.Parent ? 1 : 0;
        features[DecisionFeature.AsksAbout] = intent == QuestionIntent.About ? 1 : 0;
        features[DecisionFeature.DetailMissing] = statesDetail is not null && candidate.Document.Kind == DocumentKind.Unit
            && !statesDetail(candidate.Document.Key) ? 1 : 0;
        return features;
    }

    private static bool AsksForAFact(QuestionIntent intent) =>
        intent is QuestionIntent.Contact or QuestionIntent.Website or QuestionIntent.Person or QuestionIntent.Children;

    /// <summary>See <see cref="DecisionFeature.Unexplained"/>.</summary>
    private static double Unexplained(AnalysedQuery query, IndexDocument document)
    {
        double rarest = 0, unexplained = 0;
        foreach (var term in query.Terms)
        {
            rarest = Math.Max(rarest, term.Weight);
            if (!term.IsIn(document))
                unexplained = Math.Max(unexplained, term.Weight);
        }
        return rarest > 0 ? unexplained / rarest : 0;
    }
}
