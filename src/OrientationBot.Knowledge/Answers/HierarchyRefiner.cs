using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// Second look at the ranking with the tree in mind. A unit's name scores high whenever the question names
/// it, but naming a unit is often only the setting: "who does the policy stuff in DPET" wants the team
/// inside DPET that does policy, and "what are the clusters in EAD" wants EAD, not one of its clusters.
/// </summary>
public sealed class HierarchyRefiner(UnitDirectory directory, DirectoryLookup lookup)
{
    /// <summary>The named unit is only the setting when the rest of the question weighs at least this much.</summary>
    private const double MinimumTopicShare = 0.3;

    /// <summary>A top document matching less of the question than this, and only by its name, matched only the setting.</summary>
    private const double NameOnlyCoverage = 0.5;

    /// <summary>A runner-up that covers more of the question may replace a name-only guide entry within this many places and…</summary>
    private const int RunnerUpWindow = 3;

    /// <summary>…this fraction of its score.</summary>
    private const double RunnerUpRatio = 0.6;

    /// <summary>Candidates scoring within this fraction of the top one are a tie the question does not settle.</summary>
    private const double TieRatio = 0.97;

    /// <summary>A candidate inside the unit the question names replaces a top outside it when it scores this fraction of the top.</summary>
    private const double ScopeRatio = 0.7;

    /// <summary>A name spelled out to this share (by weight) is named, whatever its missing "office" or "division".</summary>
    private const double NamedButForKind = 0.85;

    /// <summary>A descendant scoring this fraction of an unnamed top unit does the work the top's text sums up.</summary>
    private const double UmbrellaRatio = 0.6;

    /// <summary>A descendant scoring this fraction of the top, and…</summary>
    private const double FocusedRatio = 0.7;

    /// <summary>…whose topic words meet in one sentence to this share, and…</summary>
    private const double MinimumFocus = 0.5;

    /// <summary>…by this much more than the top's, says what the question asks where the top does not.</summary>
    private const double FocusMargin = 0.1;

    /// <summary>A relative naming the person asked about replaces a top that names no one when it scores this fraction of it.</summary>
    private const double RelativeRatio = 0.7;

    /// <summary>How far down the ranking a better-placed relative is looked for.</summary>
    private const int Window = 8;

    /// <summary>
    /// The candidates, best first, with the top one replaced where the tree says so: by a descendant (a topic inside
    /// a named unit, the work an unnamed office only sums up, what a close descendant says in one sentence), by a
    /// relative that names the person asked about, by its ancestor (what a named unit contains), by the parent of tied
    /// siblings, or, for a guide entry named only as the setting, by a runner-up that covers that and more of the question.
    /// </summary>
    public IReadOnlyList<RankedCandidate> Refine(AnalysedQuery query, QuestionIntent intent, IReadOnlyList<RankedCandidate> ranked)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(ranked);
        if (ranked.Count < 2)
            return ranked;
        var coveringMore = RunnerUpCoveringMore(query, intent, ranked);
        if (coveringMore > 0)
            return Promote(ranked, coveringMore);
        // "Is the gender unit part of DPPA?" names DPPA as the guess to check, not as the scope.
        var inScope = intent == QuestionIntent.Parent ? -1 : WithinNamedUnit(query, ranked);
        if (inScope > 0)
            ranked = Promote(ranked, inScope);
        var better = intent switch
        {
            _ when ranked[0].Document.Kind != DocumentKind.Unit => -1,
            QuestionIntent.Children => NamedAncestor(ranked),
            QuestionIntent.About or QuestionIntent.WhoHandles or QuestionIntent.Contact or QuestionIntent.Website
                or QuestionIntent.Location or QuestionIntent.Person => DescendantForTopic(query, intent, ranked) is var descendant and > 0 ? descendant
                    : intent == QuestionIntent.Person && RelativeNamingWhoIsAsked(query, ranked) is var named and > 0 ? named
                    : intent != QuestionIntent.Person && UmbrellaDescendant(query, ranked) is var specific and > 0 ? specific
                    : intent == QuestionIntent.WhoHandles && FocusedDescendant(ranked) is var focused and > 0 ? focused
                    : ParentOfTiedSiblings(ranked),
            _ => -1,
        };
        return better > 0 ? Promote(ranked, better) : ranked;
    }

    /// <summary>
    /// "How do I get the certificate for completing the e-guide", "where do I send corrections to the e-guide": the
    /// top guide entry matched only its own name, for less than half the question, while a close runner-up mentions
    /// that and more of it, or as much and has the email or link the question asks for. The name was the setting.
    /// Not for units: "what does DOS do for peacekeeping missions" asks about DOS however little of it DOS's text
    /// repeats, and a unit that is only the setting is handled through the tree.
    /// </summary>
    private int RunnerUpCoveringMore(AnalysedQuery query, QuestionIntent intent, IReadOnlyList<RankedCandidate> ranked)
    {
        var top = ranked[0];
        if (top.Document.Kind == DocumentKind.Unit || top.Coverage >= NameOnlyCoverage || top.Coverage > top.Identity + 1e-9)
            return -1;
        for (var i = 1; i < Math.Min(RunnerUpWindow, ranked.Count); i++)
        {
            var candidate = ranked[i];
            var better = candidate.Coverage > top.Coverage
                || (candidate.Coverage >= top.Coverage && Offers(candidate, intent) && !Offers(top, intent));
            if (better && candidate.Score >= RunnerUpRatio * top.Score
                && query.Terms.All(t => !t.IsIn(top.Document) || t.IsIn(candidate.Document)))
                return i;
        }
        return -1;
    }

    /// <summary>Whether the document has what a contact or website question asks for: an email, a link.</summary>
    private bool Offers(RankedCandidate candidate, QuestionIntent intent)
    {
        var (emails, links) = candidate.Document.Kind switch
        {
            DocumentKind.Unit when directory.Find(candidate.Document.Key) is { } unit => (unit.Emails.Count, unit.Websites.Count),
            DocumentKind.Guide when lookup.GuideEntry(candidate.Document.Key) is { } entry => (entry.Emails.Count, entry.Links.Count),
            _ => (0, 0),
        };
        return intent switch
        {
            QuestionIntent.Contact => emails > 0,
            QuestionIntent.Website => links > 0,
            _ => false,
        };
    }

    /// <summary>
    /// "What's in the front office of DOS", "who in DPPA handles elections": a unit the question names by acronym sets
    /// the scope. A top unit outside it (one whose text merely mentions DOS) gives way to a close candidate inside it.
    /// </summary>
    private int WithinNamedUnit(AnalysedQuery query, IReadOnlyList<RankedCandidate> ranked)
    {
        var named = query.AcronymKeys.Select(lookup.UnitByAcronym).OfType<Unit>().Distinct().ToList();
        if (named.Count != 1 || ranked[0].Document.Kind != DocumentKind.Unit)
            return -1;
        var scope = named[0];
        if (InScope(ranked[0].Document.Key, scope) || IsDescendant(scope.Id, ranked[0].Document.Key))
            return -1;
        for (var i = 1; i < Math.Min(Window, ranked.Count); i++)
        {
            if (ranked[i].Score < ScopeRatio * ranked[0].Score)
                break;
            if (ranked[i].Document.Kind == DocumentKind.Unit && InScope(ranked[i].Document.Key, scope))
                return i;
        }
        return -1;
    }

    private bool InScope(string unitId, Unit scope) => unitId == scope.Id || IsDescendant(unitId, scope.Id);

    /// <summary>
    /// "What units are in the policy and mediation division": the children's names share the question's words
    /// ("unit"), but the unit the question spells out in full is their ancestor.
    /// </summary>
    private int NamedAncestor(IReadOnlyList<RankedCandidate> ranked)
    {
        var top = ranked[0];
        // "What is in the OUSG in DPO": the unit spelled out is the one asked about, also without its kind word
        // ("supply chain management in DOS"), which weighs little beside the rest of a name.
        if (top.NameCompleteness >= NamedButForKind)
            return -1;
        var unit = directory.Find(top.Document.Key)!;
        var ancestors = directory.Ancestors(unit).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i < Math.Min(Window, ranked.Count); i++)
        {
            var candidate = ranked[i];
            if (candidate.Document.Kind == DocumentKind.Unit && ancestors.Contains(candidate.Document.Key)
                && candidate.NameCompleteness >= top.NameCompleteness)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The top unit is named in full (name, acronym or alias), and the rest of the question is a topic: the
    /// best-ranked descendant that mentions every topic word is the one that handles it. A name only half
    /// spelled out ("best practices") is more likely the topic itself than a setting.
    /// </summary>
    private int DescendantForTopic(AnalysedQuery query, QuestionIntent intent, IReadOnlyList<RankedCandidate> ranked)
    {
        var top = ranked[0];
        if (!top.IsNamedInFull)
            return -1;
        // "Who is the USG of DPO": the role the guide names someone for is the person asked about, not a topic.
        if (intent == QuestionIntent.Person && directory.Find(top.Document.Key) is { } named && query.Terms.Any(t => NamesARole(t, named)))
            return -1;
        // Named by acronym, the unit's spelled-out words are free to be the topic: "DPET, who does the policy stuff".
        var byAcronym = query.Terms.Any(t => NamesByAcronym(t, top.Document));
        // A word no candidate mentions (a typo, a word the guide never uses) cannot tell the descendants apart.
        var topic = query.Terms.Where(t => byAcronym ? !NamesByAcronym(t, top.Document) : t.IdentityIn(top.Document) < 1 && !SpellsOutName(t, top.Document))
            .Where(t => ranked.Any(c => t.IsIn(c.Document))).ToList();
        if (topic.Count == 0 || topic.Sum(t => t.Weight) < MinimumTopicShare * query.TotalWeight)
            return -1;
        for (var i = 1; i < Math.Min(Window, ranked.Count); i++)
        {
            var candidate = ranked[i];
            if (candidate.Document.Kind != DocumentKind.Unit || candidate.Coverage < top.Coverage)
                continue;
            if (IsDescendant(candidate.Document.Key, top.Document.Key) && topic.All(t => t.IsIn(candidate.Document)))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "Who helps countries get their prisons and courts working again": the question does not name the top unit, which
    /// won on a long text that sums up the work of everything under it. A close descendant that does the work is the
    /// one that handles it.
    /// </summary>
    private int UmbrellaDescendant(AnalysedQuery query, IReadOnlyList<RankedCandidate> ranked)
    {
        var top = ranked[0];
        // "Which office helps ex-fighters…" names a kind of unit, not the office.
        if (query.Terms.Any(t => t.IdentityIn(top.Document) > 0 && !UnitKindReader.IsKindStem(t.Stem)))
            return -1;
        for (var i = 1; i < Math.Min(Window, ranked.Count); i++)
        {
            var candidate = ranked[i];
            if (candidate.Score < UmbrellaRatio * top.Score)
                break;
            if (candidate.Document.Kind == DocumentKind.Unit && IsDescendant(candidate.Document.Key, top.Document.Key))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "New in PD, who drafts the SOPs and technical guidelines?": the top unit is named, but a close descendant says in
    /// one sentence what the question asks, where the top's text only scatters the words. Who does it is the descendant.
    /// </summary>
    private int FocusedDescendant(IReadOnlyList<RankedCandidate> ranked)
    {
        var top = ranked[0];
        for (var i = 1; i < Math.Min(Window, ranked.Count); i++)
        {
            var candidate = ranked[i];
            if (candidate.Score < FocusedRatio * top.Score)
                break;
            if (candidate.Document.Kind == DocumentKind.Unit && candidate.Focus >= MinimumFocus
                && candidate.Focus >= top.Focus + FocusMargin && IsDescendant(candidate.Document.Key, top.Document.Key))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "Who is the USG of DPO": the USG's office matches best, but the guide names the USG on the department. A close
    /// ancestor or descendant that names someone in the role asked about answers better than a unit that names no one.
    /// </summary>
    private int RelativeNamingWhoIsAsked(AnalysedQuery query, IReadOnlyList<RankedCandidate> ranked)
    {
        var top = directory.Find(ranked[0].Document.Key);
        if (top is null || top.People.Count > 0)
            return -1;
        for (var i = 1; i < Math.Min(Window, ranked.Count); i++)
        {
            var candidate = ranked[i];
            if (candidate.Score < RelativeRatio * ranked[0].Score)
                break;
            if (candidate.Document.Kind == DocumentKind.Unit && directory.Find(candidate.Document.Key) is { People.Count: > 0 } unit
                && (IsDescendant(top.Id, unit.Id) || IsDescendant(unit.Id, top.Id)) && query.Terms.Any(t => NamesARole(t, unit)))
                return i;
        }
        return -1;
    }

    /// <summary>Whether the term ("usg", "under-secretary-general") is a word of the role of someone the guide names for the unit.</summary>
    private static bool NamesARole(QueryTerm term, Unit unit) =>
        unit.People.Any(p => TextTokens.ContentStems(p.Role) is var role
            && (role.Contains(term.Stem) || term.Expansions.Any(e => e.Count > 0 && e.All(role.Contains))));

    private static bool NamesByAcronym(QueryTerm term, IndexDocument document) =>
        term.AcronymKey is not null && document.AcronymKeys.Contains(term.AcronymKey);

    /// <summary>"The USG office": a glossary acronym whose words are part of the document's name names it, it is no topic.</summary>
    private static bool SpellsOutName(QueryTerm term, IndexDocument document) =>
        term.AcronymKey is not null && term.Expansions.Any(e => e.IsSubsetOf(document.IdentityStems));

    /// <summary>
    /// "Who covers Africa": the four Africa divisions match equally well, so the question does not pick one of them;
    /// their parent, which matches as well, covers what was asked.
    /// </summary>
    private int ParentOfTiedSiblings(IReadOnlyList<RankedCandidate> ranked)
    {
        var top = ranked[0];
        var parentId = directory.Find(top.Document.Key)?.ParentId;
        if (parentId is null)
            return -1;
        var tied = ranked.Take(Window).Where(c => c.Score >= TieRatio * top.Score).ToList();
        var siblings = tied.Count(c => c.Document.Kind == DocumentKind.Unit && directory.Find(c.Document.Key)?.ParentId == parentId);
        if (siblings < 2)
            return -1;
        for (var i = 1; i < tied.Count; i++)
        {
            if (tied[i].Document.Kind == DocumentKind.Unit && tied[i].Document.Key == parentId)
                return i;
        }
        return -1;
    }

    private bool IsDescendant(string unitId, string ancestorId) =>
        directory.Find(unitId) is { } unit && directory.Ancestors(unit).Any(a => a.Id == ancestorId);

    /// <summary>Moves the chosen candidate to the front, scored just above the old top so "did you mean" keeps the old top.</summary>
    private static IReadOnlyList<RankedCandidate> Promote(IReadOnlyList<RankedCandidate> ranked, int index)
    {
        var list = ranked.ToList();
        var chosen = list[index];
        list.RemoveAt(index);
        list.Insert(0, chosen with { Score = ranked[0].Score + 1e-6 });
        return list;
    }
}
