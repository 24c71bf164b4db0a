using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>The card for a unit: where it sits, what it does, who leads it, how to reach it, and the way around it.</summary>
public static class AnswerCard
{
    // Enough for the guide's longer unit descriptions while staying far below the card size limit.
    private const int MaxDescriptionChars = 2000;
    private const int MaxSummaryChars = 600;
    private const int MaxWebsiteLabel = 30;
    private const int MaxChildren = 8;
    private const int MaxPeople = 6;
    private const int MaxWebsites = 3;

    public static BotCard Build(UnitAnswer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        var unit = answer.Unit;

        var breadcrumb = Breadcrumb(unit, directory, answer.Intent == QuestionIntent.Location);
        var title = CardElements.Title(UnitText.Title(unit, directory));
        // A sentence stating the fact asked for (a date, a figure, a place, who leads) comes before the general summary.
        var summary = answer.StatesTheFactFirst
            ? CardElements.Container([Evidence(answer.Evidence), Summary(unit, quoted: false)])
            : CardElements.Container([Summary(unit, answer.Evidence is not null), Evidence(answer.Evidence)]);
        var people = People(unit, answer.Intent == QuestionIntent.Person);
        var contact = ContactSection.Build(unit, answer.Contact, directory, emphasised: answer.Intent == QuestionIntent.Contact);
        var websites = Websites(unit, answer.Intent == QuestionIntent.Website);

        // The asked-for fact goes straight under the title; the rest keeps its usual order.
        JsonNode?[] sections = answer.Intent switch
        {
            QuestionIntent.Contact => [breadcrumb, title, contact, summary, people, websites],
            QuestionIntent.Person => [breadcrumb, title, people, summary, contact, websites],
            QuestionIntent.Website => [breadcrumb, title, websites, summary, people, contact],
            _ => [breadcrumb, title, summary, people, contact, websites],
        };
        var body = sections.Concat(
        [
            CardElements.Container(
                [UnitNavigation.PartOf(unit, directory), UnitNavigation.Includes(unit, directory, MaxChildren)],
                separator: true),
            UnitNavigation.DidYouMean(answer.Alternatives, directory),
            CardElements.Note(SeeAlso(unit)),
            CardElements.Note(UnitText.Source(unit.Section)),
        ]);

        return CardElements.Card(Fallback(answer, directory), body, FeedbackActions.For(answer.Question, unit.Id));
    }

    /// <summary>The guide's sentence that matched the question, quoted, when the summary does not show it.</summary>
    private static JsonObject? Evidence(string? sentence) =>
        sentence is null ? null : CardElements.Container([CardElements.Heading("From the e-Guide"), CardElements.Text($"\u201C{sentence}\u201D")]);

    /// <summary>A quiet line above the title; a block of its own when the question was where the unit sits.</summary>
    private static JsonObject? Breadcrumb(Unit unit, UnitDirectory directory, bool emphasised)
    {
        var isRoot = directory.Parent(unit) is null;
        if (!emphasised)
            return isRoot ? null : CardElements.Note(UnitText.Breadcrumb(unit, directory));
        var where = isRoot
            ? $"{directory.DisplayName(unit)} is at the top of the e-Guide's structure."
            : UnitText.Breadcrumb(unit, directory);
        return CardElements.Container([CardElements.Heading("Where it sits"), CardElements.Text(where)]);
    }

    /// <summary>
    /// "More" carries on where the summary stops: a description that opens with the summary's words (the guide often
    /// repeats its first sentence) loses them, unless the card shows the summary shortened.
    /// </summary>
    private static IReadOnlyList<string> WithoutSummary(IReadOnlyList<string> more, string summaryText)
    {
        if (more.Count == 0 || summaryText.Length == 0 || summaryText.Length > MaxSummaryChars
            || !more[0].StartsWith(summaryText, StringComparison.Ordinal))
            return more;
        var rest = more[0][summaryText.Length..].Trim();
        return rest.Length == 0 ? [.. more.Skip(1)] : [rest, .. more.Skip(1)];
    }

    /// <param name="quoted">A sentence of the e-Guide about the unit follows (it may only mention the unit in passing).</param>
    private static JsonObject Summary(Unit unit, bool quoted)
    {
        var more = Excerpt.Paragraphs(unit.Description, MaxDescriptionChars, out var trimmed);
        var summaryText = unit.Summary;
        if (summaryText.Length == 0 && more.Count > 0)
        {
            // Without a summary the description's opening stands in for it, so "More" starts after it.
            summaryText = more[0];
            more = more.Skip(1).ToList();
        }
        if (summaryText.Length == 0)
        {
            return CardElements.Text(
                quoted ? "The e-Guide has no section on this unit; it mentions it here:" : "The e-Guide names this unit but says nothing more about it.",
                subtle: true)!;
        }

        more = WithoutSummary(more, summaryText);
        var showMore = more.Count > 0;
        var moreCard = showMore
            ? CardElements.ActionSet(
            [
                CardElements.ShowCard(
                    "More",
                    [
                        .. more.Select(p => CardElements.Text(p)),
                        trimmed ? CardElements.Note($"Shortened here; the e-Guide says more{SectionSuffix(unit.Section)}.") : null,
                    ],
                    []),
            ])
            : null;
        return CardElements.Container([CardElements.Text(Excerpt.Shorten(summaryText, MaxSummaryChars)), moreCard])!;
    }

    // When the question asked for the missing fact, saying the guide lacks it beats silently leaving it out.
    private static JsonObject? People(Unit unit, bool asked) =>
        unit.People.Count == 0
            ? asked ? CardElements.Text(UnitLeadership.NamesOnlyTheRole(unit) ? UnitLeadership.RoleOnlyNote : UnitLeadership.NoOneNote) : null
            : CardElements.Container(
            [
                CardElements.Heading("People"),
                .. unit.People.Take(MaxPeople).Select(p => CardElements.Text(PersonLine(p))),
            ]);

    private static JsonObject? Websites(Unit unit, bool asked) =>
        CardElements.Container([.. CardElements.Rows(unit.Websites.Take(MaxWebsites).Select((w, i) => CardElements.OpenUrl(WebsiteLabel(unit, w, i), w.Url, w.Url)))])
        ?? (asked ? CardElements.Text("The e-Guide gives no website for this unit.") : null);

    /// <summary>
    /// The guide's own label when it is short ("DPO website"); a page title would be cut in Teams, which does not wrap
    /// button titles, so a long one gives way to "UNMAS website" for the first site and the host name for the others.
    /// </summary>
    private static string WebsiteLabel(Unit unit, WebLink site, int index)
    {
        if (!string.IsNullOrWhiteSpace(site.Label) && site.Label.Length <= MaxWebsiteLabel)
            return site.Label;
        if (index == 0)
            return unit.Acronyms.Count > 0 ? $"{unit.Acronyms[0]} website" : "Website";
        return Uri.TryCreate(site.Url, UriKind.Absolute, out var uri) ? uri.Host : "Website";
    }

    private static string PersonLine(Person person) =>
        string.IsNullOrWhiteSpace(person.Role) ? $"**{person.Name}**" : $"**{person.Name}**, {person.Role}";

    private static string? SeeAlso(Unit unit) =>
        unit.CrossReferences.Count == 0 ? null : $"The e-Guide also points to: {string.Join("; ", unit.CrossReferences.Take(3))}";

    private static string SectionSuffix(string? section) =>
        string.IsNullOrWhiteSpace(section) ? "" : $" in section {section.Trim()}";

    private static string Fallback(UnitAnswer answer, UnitDirectory directory)
    {
        var unit = answer.Unit;
        string?[] lines =
        [
            UnitText.Title(unit, directory),
            directory.Parent(unit) is null ? null : UnitText.Breadcrumb(unit, directory),
            unit.Summary.Length > 0 ? Excerpt.Shorten(unit.Summary, 300) : null,
            .. unit.People.Take(2).Select(p => string.IsNullOrWhiteSpace(p.Role) ? p.Name : $"{p.Name}, {p.Role}"),
            ContactSection.Fallback(unit, answer.Contact),
            UnitText.Source(unit.Section),
        ];
        return string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
    }
}
