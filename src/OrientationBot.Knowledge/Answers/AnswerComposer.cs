using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Answers.Ranking;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>Ranked documents + intent → the <see cref="Answer"/> a person sees, or an honest decline.</summary>
public sealed partial class AnswerComposer(UnitDirectory directory, AnswerOptions options, DirectoryLookup lookup)
{
    public AnswerComposer(UnitDirectory directory, AnswerOptions options)
        : this(directory, options, new DirectoryLookup(directory))
    {
    }

    private readonly HierarchyRefiner _refiner = new(directory, lookup);

    private readonly EvidenceFinder _evidence = new(directory);

    /// <param name="explicitMeaning">The question says "stand for" or "mean"; otherwise "what is OROLSI" wants the unit itself.</param>
    public Answer Compose(AnalysedQuery query, QuestionIntent intent, IReadOnlyList<RankedCandidate> ranked, bool explicitMeaning = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(ranked);
        if (EmailOwner(query) is { } owner)
            return owner;
        if (NamesOnlyAKindOfUnit(query))
            return Decline(query, []);
        if (intent == QuestionIntent.AcronymMeaning && AnswerAcronym(query) is { } glossary)
        {
            if (!explicitMeaning && glossary is GlossaryAnswer { Unit: { } named } && OtherNameAsked(query, named) is null)
                return new UnitAnswer(query.Question, QuestionIntent.About, named, 1, [], directory.NearestContact(named));
            return glossary;
        }
        var unitsOnly = IntentDetector.AsksWhichUnit(query.Normalised);
        var eligible = ranked.Where(c => c.Document.Kind != DocumentKind.Glossary || intent == QuestionIntent.AcronymMeaning || SpellsOutTerm(query, c, intent))
            .Where(c => !unitsOnly || c.Document.Kind == DocumentKind.Unit)
            .Select(c => Prefer(c, intent)).ToList();
        SortStably(eligible);
        if (eligible.Count == 0)
            return Decline(query, eligible);
        var procedure = intent is not (QuestionIntent.Contact or QuestionIntent.Website) && IntentDetector.AsksForAProcedure(query.Normalised);
        // Whether the guide covers the question is read from the best evidence; the tree then only picks which of
        // the candidates answers it, so a refined choice keeps the belief of the one it replaced.
        var statesDetail = StatesDetail(query, intent);
        var evidence = DecisionEvidence.Of(query, intent, eligible, 0, procedure, statesDetail);
        var belief = Model.Belief(evidence);
        eligible = intent == QuestionIntent.About && SubjectUnit(query, eligible) is var subject and >= 0
            ? [eligible[subject], .. eligible.Where((_, i) => i != subject)]
            : [.. _refiner.Refine(query, intent, eligible)];
        if (belief < Model.TentativeThreshold)
            return Decline(query, eligible) with { DecisionFeatures = evidence };
        var tentative = belief < Model.Threshold;
        return AnswerWith(query, intent, eligible, belief, tentative) with { DecisionFeatures = evidence, Tentative = tentative };
    }

    /// <summary>
    /// For a question asking for a detail of a unit (a date, a phone number…), whether a unit's text states one; else null.
    /// "Who helps with our training budget" names a topic, not a detail it asks for.
    /// </summary>
    private Func<string, bool>? StatesDetail(AnalysedQuery query, QuestionIntent intent)
    {
        if (intent is QuestionIntent.WhoHandles or QuestionIntent.Children or QuestionIntent.Parent)
            return null;
        var detail = FactAsked.In(query.Normalised, intent);
        return FactAsked.IsDetail(detail) ? unitId => directory.Find(unitId) is { } unit && _evidence.States(unit, detail) : null;
    }

    /// <summary>The model that weighs the candidates and decides whether to answer.</summary>
    private RankingModel Model => options.Model;

    /// <summary>The answer the best of the candidates gives, which the evidence says is right with probability <paramref name="belief"/>.</summary>
    /// <param name="tentative">The evidence is weak: the runners-up are offered whatever the model thinks of them.</param>
    private Answer AnswerWith(AnalysedQuery query, QuestionIntent intent, List<RankedCandidate> eligible, double belief, bool tentative)
    {
        var top = eligible[0];
        switch (top.Document.Kind)
        {
            case DocumentKind.Guide:
                var entry = lookup.GuideEntry(top.Document.Key)!;
                return GuideAnswer(query, intent, entry, belief);
            case DocumentKind.Glossary:
                return new GlossaryAnswer(query.Question, Glossary(TextTokens.AcronymKey(top.Document.Key))!, null);
        }
        var unit = directory.Find(top.Document.Key)!;
        if (intent == QuestionIntent.Children && unit.ChildIds.Count == 0)
            intent = QuestionIntent.WhoHandles; // "which teams work on training": teams that do something, not what a team contains
        if (intent == QuestionIntent.Parent && IntentDetector.AskedKind(query.Normalised) == unit.Kind)
            intent = QuestionIntent.WhoHandles; // "southern africa desk - which division is that": the division found is the one asked for
        var fact = FactAsked.In(query.Normalised, intent);
        if (fact == FactKind.Head && unit.People.Count > 0)
            fact = FactKind.None; // the people the guide names for the unit are the fact, and the card lists them first
        return intent switch
        {
            QuestionIntent.Children => new StructureAnswer(query.Question, intent, unit, directory.Children(unit)),
            QuestionIntent.Parent => new StructureAnswer(query.Question, intent, unit, directory.Ancestors(unit)),
            QuestionIntent.AcronymMeaning when unit.Acronyms.Count > 0 && Glossary(TextTokens.AcronymKey(unit.Acronyms[0])) is { } own
                => new GlossaryAnswer(query.Question, own, unit),
            QuestionIntent.About when OtherNameAsked(query, unit) is { } otherName => new GlossaryAnswer(query.Question, otherName, unit),
            // "Who is the director of EAD these days": a unit whose text names no one and no head cannot answer it.
            QuestionIntent.Person when UnitLeadership.SaysNothing(unit) && IntentDetector.AsksForARoleHolder(query.Normalised) => Decline(query, eligible),
            _ => new UnitAnswer(query.Question, intent, unit, belief, Alternatives(query, intent, eligible, tentative), directory.NearestContact(unit))
            {
                Fact = fact,
                Evidence = _evidence.Find(unit, query, fact,
                    showWhy: intent is QuestionIntent.WhoHandles or QuestionIntent.About or QuestionIntent.Location),
            },
        };
    }

    /// <summary>
    /// "CLJAS?", "what is XB": the question names the unit by an acronym the sources define but that is not the unit's
    /// own (an older name, or a term its text defines), so the answer says what it stands for before the unit, as it
    /// does for "what was DPKO".
    /// </summary>
    private GlossaryEntry? OtherNameAsked(AnalysedQuery query, Unit unit)
    {
        foreach (var key in query.AcronymKeys)
        {
            if (unit.Acronyms.Any(a => TextTokens.AcronymKey(a) == key) || Glossary(key) is not { } entry)
                continue;
            if (lookup.UnitByAcronym(key) == unit || entry.UnitId == unit.Id)
                return entry;
        }
        return null;
    }

    /// <summary>
    /// "What does DOS do for the peace and security pillar", "what does OROLSI do in non-mission settings": the unit
    /// named by acronym as the subject is what is asked about, however much of the rest another document matches.
    /// Its place in the candidates, or -1.
    /// </summary>
    private int SubjectUnit(AnalysedQuery query, List<RankedCandidate> eligible)
    {
        if (IntentDetector.Subject(query.Normalised) is not { } subject || lookup.UnitByAcronym(TextTokens.AcronymKey(subject)) is not { } unit)
            return -1;
        return eligible.FindIndex(c => c.Document.Kind == DocumentKind.Unit && c.Document.Key == unit.Id);
    }

    /// <summary>"Which office?", "team": a kind of unit and nothing else says which unit; any answer would be a guess.</summary>
    private static bool NamesOnlyAKindOfUnit(AnalysedQuery query) =>
        query.Terms.Count > 0 && query.Terms.All(t => t.AcronymKey is null && UnitKindReader.IsKindStem(t.Stem));

    /// <summary>Best score first, ties in ranking order (what OrderByDescending did, without its buffers per question).</summary>
    private static void SortStably(List<RankedCandidate> candidates)
    {
        for (var i = 1; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var j = i - 1;
            for (; j >= 0 && candidates[j].Score < candidate.Score; j--)
                candidates[j + 1] = candidates[j];
            candidates[j + 1] = candidate;
        }
    }

    /// <summary>
    /// "What is the Special Committee on Peacekeeping": a term the glossary defines, asked about by its full name and
    /// nothing else. "The civil-military coordination focal point in OMA" asks about a unit; the term is its topic.
    /// Typed as an acronym ("GFP in the rule of law context?"), the term is what is asked about, unless the question
    /// also names a unit by its acronym ("DOS's focus vs DMSPC"): then the unit is.
    /// </summary>
    private bool SpellsOutTerm(AnalysedQuery query, RankedCandidate candidate, QuestionIntent intent) =>
        intent == QuestionIntent.About && candidate.IsNamedInFull
        && (candidate.CoversWholeQuestion || (query.AcronymKeys.Any(candidate.Document.AcronymKeys.Contains)
            && !query.AcronymKeys.Any(k => lookup.UnitByAcronym(k) is not null && !candidate.Document.AcronymKeys.Contains(k))));

    /// <summary>
    /// "peacekeeping-training@un.org, whose mailbox is that?": an address the guide gives answers with the unit (or
    /// else the guide entry) that gives it. An address the guide does not know goes through the ranking like any word.
    /// </summary>
    private Answer? EmailOwner(AnalysedQuery query)
    {
        foreach (Match match in EmailAddress().Matches(query.Question))
        {
            var email = match.Value.TrimEnd('.');
            if (lookup.UnitByEmail(email) is { } unit)
                return new UnitAnswer(query.Question, QuestionIntent.Contact, unit, 1, [], directory.NearestContact(unit));
            if (directory.GuideEntries.FirstOrDefault(e => e.Emails.Contains(email, StringComparer.OrdinalIgnoreCase)) is { } entry)
                return GuideAnswer(query, QuestionIntent.Contact, entry, 1);
        }
        return null;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    /// <summary>An acronym the question names outright: its glossary entry (with its unit, if any), or its unit.</summary>
    private Answer? AnswerAcronym(AnalysedQuery query)
    {
        foreach (var key in query.AcronymKeys)
        {
            var unit = lookup.UnitByAcronym(key);
            var entry = Glossary(key);
            if (entry is not null)
                return new GlossaryAnswer(query.Question, entry, unit ?? (entry.UnitId is null ? null : directory.Find(entry.UnitId)));
            if (unit is not null)
                return new UnitAnswer(query.Question, QuestionIntent.AcronymMeaning, unit, 1, [], directory.NearestContact(unit));
        }
        return null;
    }

    /// <summary>
    /// A contact, website or person question leans towards units for which the guide has that fact; a
    /// question about what a unit contains, towards units that contain something.
    /// </summary>
    private RankedCandidate Prefer(RankedCandidate candidate, QuestionIntent intent)
    {
        if (candidate.Document.Kind != DocumentKind.Unit)
            return candidate;
        var unit = directory.Find(candidate.Document.Key)!;
        var has = intent switch
        {
            QuestionIntent.Contact => unit.Emails.Count > 0,
            QuestionIntent.Website => unit.Websites.Count > 0,
            QuestionIntent.Person => unit.People.Count > 0,
            QuestionIntent.Children => unit.ChildIds.Count > 0,
            _ => false,
        };
        if (!has)
            return candidate;
        var features = candidate.Features.ToArray();
        features[RankingFeature.OffersFact] = 1;
        return candidate with { Score = Model.Score(features), Features = features };
    }

    /// <summary>
    /// Close runners-up the model also believes, as "did you mean"; for a tentative answer, the next units whatever their
    /// belief, since the answer itself may be the wrong one.
    /// </summary>
    private List<Unit> Alternatives(AnalysedQuery query, QuestionIntent intent, List<RankedCandidate> eligible, bool tentative)
    {
        var threshold = tentative ? 0 : eligible[0].Score * options.AlternativeRatio;
        var alternatives = new List<Unit>(options.MaxAlternatives);
        var statesDetail = StatesDetail(query, intent);
        for (var i = 1; i < eligible.Count && eligible[i].Score >= threshold && alternatives.Count < options.MaxAlternatives; i++)
        {
            if (eligible[i].Document.Kind == DocumentKind.Unit
                && (tentative || Model.Belief(DecisionEvidence.Of(query, intent, eligible, i, procedure: false, statesDetail)) >= Model.Threshold))
                alternatives.Add(directory.Find(eligible[i].Document.Key)!);
        }
        return alternatives;
    }

    /// <summary>
    /// Suggests only units the question names in part ("the pacific region" → Asia and the Pacific Division) or that
    /// account for a fair share of it; "how do I get a building pass" is better served by no suggestion than by three
    /// units that merely mention "get".
    /// </summary>
    private NoAnswer Decline(AnalysedQuery query, List<RankedCandidate> eligible) =>
        new(query.Question, eligible
            .Where(c => c.Document.Kind == DocumentKind.Unit && (c.Identity > 0 || c.Confidence >= options.SuggestionConfidence))
            .Take(3).Select(c => directory.Find(c.Document.Key)!).ToList(), directory.FeedbackEmail);

    private GlossaryEntry? Glossary(string key) => lookup.Glossary(key);

    private GuideAnswer GuideAnswer(AnalysedQuery query, QuestionIntent intent, GuideEntry entry, double confidence) =>
        new(query.Question, intent, entry, confidence)
        {
            EmailOwners = [.. entry.Emails.Select(lookup.UnitByEmail).OfType<Unit>().Distinct()],
        };
}
