using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Answers.Ranking;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The bot's answerer: analyse the question, read its intent, rank the index's documents, then answer with the best unit,
/// glossary entry, structure or guide entry, or decline honestly when the guide does not cover the question.
/// Thread-safe: every per-question state lives on the stack; the index serialises its own queries.
/// </summary>
public sealed partial class Answerer : IAnswerer
{
    private static readonly string[] LeadIns = ["what ", "what is ", "what are ", "what is the ", "what are the ", "what is a ", "what is an ", "what was ", "what were ", "what was the "];

    private readonly UnitDirectory _directory;
    private readonly QueryAnalyser _analyser;
    private readonly UnitRanker _ranker;
    private readonly AnswerComposer _composer;
    private readonly IntentModel _intents;

    public Answerer(UnitDirectory directory, IUnitIndex index, AnswerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(index);
        _directory = directory;
        _analyser = new QueryAnalyser(directory, index.Vocabulary);
        options ??= new AnswerOptions();
        _intents = options.Intents;
        _ranker = new UnitRanker(index, options.Model);
        _composer = new AnswerComposer(directory, options);
    }

    public Answer Ask(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = _analyser.Analyse(question);
        var asked = AsksWhatAnAcronymIs(query) ? query.Terms[0].AcronymKey
            : query.AcronymKeys.Count > 0 ? AcronymAskedInAClause(question) : null; // no acronym, none asked about
        if (asked is not null && query.AcronymKeys.Count > 1 && query.AcronymKeys[0] != asked)
            query = query with { AcronymKeys = [asked, .. query.AcronymKeys.Where(k => k != asked)] };
        var asksForMeaning = IntentDetector.AsksForMeaning(query.Normalised);
        var intent = asked is not null || asksForMeaning ? QuestionIntent.AcronymMeaning : _intents.Predict(query.Normalised);
        var ranked = _ranker.Rank(query);
        return _composer.Compose(query, intent, ranked, asksForMeaning);
    }

    /// <summary>The ranking's candidates for a question, best first, before the tree and the decision have their say: for diagnostics.</summary>
    public IReadOnlyList<RankedCandidate> Candidates(string question) => _ranker.Rank(_analyser.Analyse(question));

    /// <summary>The analysed form of a question, for diagnostics and the evaluation report.</summary>
    public AnalysedQuery Analyse(string question) => _analyser.Analyse(question);

    /// <summary>
    /// "what are IOTs? everyone keeps mentioning them", "old docs mention DPKO and DFS - what was dfs": chat puts a remark
    /// before or after the question itself. The acronym a clause asks about (the first one, in the question's order), or null.
    /// </summary>
    private string? AcronymAskedInAClause(string question)
    {
        var clauses = ClauseBreak().Split(question);
        if (clauses.Length < 2)
            return null;
        foreach (var clause in clauses)
        {
            if (clause.Length > 0 && _analyser.Analyse(clause) is var part && AsksWhatAnAcronymIs(part))
                return part.Terms[0].AcronymKey;
        }
        return null;
    }

    /// <summary>Where one clause of a chat message ends: a question mark, a full stop, a dash or colon between words, a comma.</summary>
    [GeneratedRegex(@"(?<=\?)\s*|[.!;:,]\s+|\s+[-–—]+\s+")]
    private static partial Regex ClauseBreak();

    /// <summary>"what is PBSO", "lmct?", "what is the SPC in the police division": a short question led by an acronym.</summary>
    private static bool AsksWhatAnAcronymIs(AnalysedQuery query)
    {
        if (query.Terms.Count == 0 || query.Terms[0].AcronymKey is null)
            return false;
        if (!query.Normalised.Contains(' ', StringComparison.Ordinal))
            return true;
        // The acronym must follow "what (is)" directly: "what is the role of the USG's office" asks about an office,
        // "what does the OUSG in DPPA do" about a unit.
        var first = query.Terms[0].Word;
        return query.Terms.Count <= 3 && LeadIns.Any(lead => query.Normalised.StartsWith(lead + first, StringComparison.Ordinal));
    }
}
