using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The result of a question. Each kind lists the units, emails and URLs it shows, so every consumer
/// (card, command line, evaluation) shows the same facts, all of them from knowledge/.
/// </summary>
public abstract record Answer(string Question, QuestionIntent Intent)
{
    /// <summary>
    /// What the decision to answer or decline weighed (<see cref="Ranking.DecisionFeature"/>s), when the ranking made it;
    /// for fitting the model and for diagnostics.
    /// </summary>
    public IReadOnlyList<double>? DecisionFeatures { get; init; }

    /// <summary>
    /// The evidence is weak: the answer says the bot is not sure and offers the runners-up, rather than declining outright.
    /// </summary>
    public bool Tentative { get; init; }

    /// <summary>False only for an honest decline.</summary>
    public virtual bool Answered => true;

    /// <summary>Units the answer is about, best first (at most three for "did you mean").</summary>
    public abstract IReadOnlyList<Unit> Units { get; }

    public abstract IReadOnlyList<string> Emails { get; }

    public abstract IReadOnlyList<string> Urls { get; }
}

/// <summary>One unit answers the question; close alternatives are offered as "did you mean".</summary>
public sealed record UnitAnswer(
    string Question,
    QuestionIntent Intent,
    Unit Unit,
    double Confidence,
    IReadOnlyList<Unit> Alternatives,
    ContactPoint? Contact) : Answer(Question, Intent)
{
    /// <summary>
    /// The guide's sentence that states the fact asked for (<see cref="Fact"/>), or else that shows why this unit answers
    /// the question when its summary does not; else null.
    /// </summary>
    public string? Evidence { get; init; }

    /// <summary>The kind of fact the question asks for (a date, a figure, a place, who leads), if any: its sentence goes first.</summary>
    public FactKind Fact { get; init; }

    /// <summary>
    /// Whether the answer opens with <see cref="Evidence"/>, the sentence that states the fact asked for. Not for a unit the
    /// guide gives no summary: the quote then stands in for one, with its own words on where it comes from.
    /// </summary>
    public bool StatesTheFactFirst => Fact != FactKind.None && Evidence is not null && Unit.Summary.Length > 0;

    public override IReadOnlyList<Unit> Units => [Unit, .. Alternatives];
    public override IReadOnlyList<string> Emails => Contact is null ? [] : [Contact.Email];
    public override IReadOnlyList<string> Urls => Unit.Websites.Select(w => w.Url).ToList();
}

/// <summary>An acronym that the glossary defines; <see cref="Unit"/> is set when the acronym names a unit.</summary>
public sealed record GlossaryAnswer(string Question, GlossaryEntry Entry, Unit? Unit) : Answer(Question, QuestionIntent.AcronymMeaning)
{
    public override IReadOnlyList<Unit> Units => Unit is null ? [] : [Unit];
    public override IReadOnlyList<string> Emails => [];
    public override IReadOnlyList<string> Urls => [];
}

/// <summary>
/// Which units a unit contains (<see cref="QuestionIntent.Children"/>) or the chain above it, top first
/// (<see cref="QuestionIntent.Parent"/>).
/// </summary>
public sealed record StructureAnswer(string Question, QuestionIntent Intent, Unit Unit, IReadOnlyList<Unit> Related)
    : Answer(Question, Intent)
{
    /// <summary>"Which office is UNMAS under" is answered by the office above it first, then the unit, then the rest of the chain.</summary>
    public override IReadOnlyList<Unit> Units => Intent == QuestionIntent.Parent && Related.Count > 0
        ? [Related[^1], Unit, .. Related.Take(Related.Count - 1).Reverse()]
        : [Unit];
    public override IReadOnlyList<string> Emails => [];
    public override IReadOnlyList<string> Urls => Unit.Websites.Select(w => w.Url).ToList();
}

/// <summary>A guide-level resource answers the question (staff directories, self-assessment, e-Guide feedback).</summary>
public sealed record GuideAnswer(string Question, QuestionIntent Intent, GuideEntry Entry, double Confidence) : Answer(Question, Intent)
{
    /// <summary>The units whose inbox the entry's emails are ("email ITS at peacekeeping-training@un.org"): who reads what is sent.</summary>
    public IReadOnlyList<Unit> EmailOwners { get; init; } = [];

    /// <summary>The unit whose inbox one of the entry's emails is, or null.</summary>
    public Unit? OwnerOf(string email) => EmailOwners.FirstOrDefault(u => u.Emails.Contains(email, StringComparer.OrdinalIgnoreCase));

    public override IReadOnlyList<Unit> Units => EmailOwners;
    public override IReadOnlyList<string> Emails => Entry.Emails;
    public override IReadOnlyList<string> Urls => Entry.Links.Select(l => l.Url).ToList();
}

/// <summary>The guide does not answer the question; the closest units are offered as suggestions.</summary>
public sealed record NoAnswer(string Question, IReadOnlyList<Unit> Suggestions, string FeedbackEmail)
    : Answer(Question, QuestionIntent.WhoHandles)
{
    public override bool Answered => false;
    public override IReadOnlyList<Unit> Units => [];
    public override IReadOnlyList<string> Emails => [FeedbackEmail];
    public override IReadOnlyList<string> Urls => [];
}
