using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Search;

/// <summary>Turns the directory into index documents: one per unit, per glossary acronym that names no unit, per guide entry with prose of its own.</summary>
public static class DocumentBuilder
{
    public static IReadOnlyList<IndexDocument> Build(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var docs = new List<IndexDocument>();
        var glossaryByUnit = directory.Glossary.Where(g => g.UnitId is not null).ToLookup(g => g.UnitId!);
        var passagesByUnit = directory.Passages.Where(p => p.UnitId is not null).ToLookup(p => p.UnitId!);
        foreach (var unit in directory.Units)
            docs.Add(ForUnit(directory, unit, glossaryByUnit[unit.Id], passagesByUnit[unit.Id]));
        foreach (var entry in directory.Glossary.Where(g => g.UnitId is null))
            docs.Add(ForGlossary(entry));
        foreach (var entry in directory.GuideEntries.Where(IsAnswerable))
            docs.Add(ForGuide(entry));
        return docs;
    }

    /// <summary>Link collections and copied web pages are not answers in themselves; their prose belongs to units.</summary>
    public static bool IsAnswerable(GuideEntry entry) =>
        !entry.Id.StartsWith("links-", StringComparison.Ordinal) && !entry.Id.StartsWith("web-", StringComparison.Ordinal);

    private static IndexDocument ForUnit(UnitDirectory directory, Unit unit, IEnumerable<GlossaryEntry> glossary, IEnumerable<Passage> passages)
    {
        var acronyms = unit.Acronyms.Concat(CompoundAcronym.Heads(directory, unit)).Concat(glossary.Select(g => g.Acronym))
            .Concat(unit.Aliases.Where(LooksLikeAcronym));
        var aliases = unit.Aliases.Where(a => !LooksLikeAcronym(a)).Concat(glossary.Select(g => g.Expansion)).ToList();
        var context = directory.Ancestors(unit).SelectMany(a => a.Acronyms.Select(AcronymStem).Concat(TextTokens.ContentStems(a.Name)));
        var people = unit.People.Select(p => $"{p.Name} {p.Role}");
        var body = string.Join(' ', [unit.Summary, unit.Description, .. people, .. passages.Where(p => !unit.Description.Contains(p.Text, StringComparison.Ordinal)).Select(p => p.Text)]);
        return Make(DocumentKind.Unit, unit.Id, unit.Name, acronyms, aliases, context, body);
    }

    private static IndexDocument ForGlossary(GlossaryEntry entry) =>
        Make(DocumentKind.Glossary, entry.Acronym, entry.Expansion, [entry.Acronym], [], [], "");

    private static IndexDocument ForGuide(GuideEntry entry) =>
        Make(DocumentKind.Guide, entry.Id, entry.Title, [], [string.Join(' ', entry.Keywords)], [], entry.Text);

    private static IndexDocument Make(DocumentKind kind, string key, string name, IEnumerable<string> acronyms,
        IEnumerable<string> aliases, IEnumerable<string> context, string body)
    {
        var nameStems = TextTokens.ContentStems(name).ToHashSet(StringComparer.Ordinal);
        var acronymKeys = acronyms.Select(TextTokens.AcronymKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        aliases = aliases.ToList();
        var aliasStems = aliases.Select(a => (IReadOnlySet<string>)TextTokens.ContentStems(a).ToHashSet(StringComparer.Ordinal)).Where(s => s.Count > 0).ToList();
        var contextStems = context.ToHashSet(StringComparer.Ordinal);
        var sentences = SentenceSplitter.Split(body).Select(TextTokens.ContentStems).ToList();
        var bodyStems = sentences.SelectMany(s => s).ToList();
        var surface = TextTokens.Words(string.Join(' ', [name, .. aliases, body]));
        var all = new HashSet<string>(nameStems, StringComparer.Ordinal);
        all.UnionWith(acronymKeys.Select(k => k.ToLowerInvariant()));
        foreach (var alias in aliasStems)
            all.UnionWith(alias);
        all.UnionWith(bodyStems);
        string[] columns =
        [
            string.Join(' ', nameStems),
            string.Join(' ', acronymKeys.Select(k => k.ToLowerInvariant())),
            string.Join(' ', aliasStems.SelectMany(s => s)),
            string.Join(' ', contextStems),
            string.Join(' ', bodyStems),
        ];
        return new IndexDocument
        {
            Kind = kind,
            Key = key,
            NameStems = nameStems,
            AcronymKeys = acronymKeys,
            AliasStems = aliasStems,
            IdentityStems = aliasStems.SelectMany(a => a).Concat(nameStems).ToHashSet(StringComparer.Ordinal),
            ContextStems = contextStems,
            AllStems = all,
            Columns = columns,
            StemPairs = Pairs([TextTokens.ContentStems(name), .. aliases.Select(TextTokens.ContentStems), .. sentences]),
            SentencesByStem = SentencesByStem(sentences),
            SentenceCount = sentences.Count,
            SurfaceWords = surface,
        };
    }

    private static HashSet<string> Pairs(IEnumerable<List<string>> sequences)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stems in sequences)
        {
            for (var i = 1; i < stems.Count; i++)
                pairs.Add(StemPair(stems[i - 1], stems[i]));
        }
        return pairs;
    }

    private static Dictionary<string, int[]> SentencesByStem(List<List<string>> sentences)
    {
        var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var stem in sentences[i].Distinct(StringComparer.Ordinal))
            {
                if (!byStem.TryGetValue(stem, out var list))
                    byStem[stem] = list = [];
                list.Add(i);
            }
        }
        return byStem.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>How <see cref="IndexDocument.StemPairs"/> spells two neighbouring stems.</summary>
    public static string StemPair(string first, string second) => string.Concat(first, " ", second);

    /// <summary>The index term of an acronym: its key in lower case, as questions' acronyms are looked up.</summary>
    public static string AcronymStem(string acronym) => TextTokens.AcronymKey(acronym).ToLowerInvariant();

    private static bool LooksLikeAcronym(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && text.Count(char.IsUpper) >= 2;
}
