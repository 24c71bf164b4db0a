using System.Text;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>
/// The answer as plain text for <c>ask</c>, as a person would read it: the unit and its acronym, where it
/// sits, what it does, its website and whom to write to, saying plainly when the email is someone else's.
/// </summary>
public static class AnswerText
{
    /// <summary>What a tentative answer says first.</summary>
    public const string NotSure = "Not sure this is what you asked; the closest match in the e-Guide follows, with other possibilities after it.";

    public static string Format(Answer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        var text = new StringBuilder();
        if (answer.Tentative)
            text.AppendLine(NotSure).AppendLine();
        switch (answer)
        {
            case UnitAnswer unit:
                // The sentence stating the fact asked for comes first; one that only shows why the unit answers, after it.
                var factFirst = unit.StatesTheFactFirst;
                if (factFirst)
                    text.AppendLine($"From the e-Guide: \u201C{unit.Evidence}\u201D").AppendLine();
                Describe(text, unit.Unit, directory, quoted: unit.Evidence is not null && !factFirst);
                if (unit.Intent == QuestionIntent.Person && unit.Unit.People.Count == 0)
                    text.AppendLine(UnitLeadership.NamesOnlyTheRole(unit.Unit) ? UnitLeadership.RoleOnlyNote : UnitLeadership.NoOneNote);
                if (unit.Evidence is not null && !factFirst)
                    text.AppendLine($"From the e-Guide: \u201C{unit.Evidence}\u201D");
                Contact(text, unit.Unit, unit.Contact);
                if (unit.Alternatives.Count > 0)
                    text.AppendLine($"Did you mean: {string.Join("; ", unit.Alternatives.Select(directory.DisplayName))}?");
                break;
            case GlossaryAnswer glossary:
                text.AppendLine($"{glossary.Entry.Acronym} stands for {glossary.Entry.Expansion}.");
                if (glossary.Unit is not null)
                {
                    text.AppendLine();
                    Describe(text, glossary.Unit, directory);
                }
                break;
            case StructureAnswer structure when structure.Intent == QuestionIntent.Parent:
                text.AppendLine(structure.Related.Count == 0
                    ? $"{directory.DisplayName(structure.Unit)} sits at the top of the guide's structure."
                    : $"{directory.DisplayName(structure.Unit)} sits under {string.Join(" > ", structure.Related.Select(directory.DisplayName))}.");
                break;
            case StructureAnswer structure:
                text.AppendLine(structure.Related.Count == 0
                    ? $"The guide lists no units inside {directory.DisplayName(structure.Unit)}."
                    : $"{directory.DisplayName(structure.Unit)} contains:");
                foreach (var child in structure.Related)
                    text.AppendLine($"  - {Title(child, directory)}");
                break;
            case GuideAnswer guide:
                text.AppendLine(guide.Entry.Title).AppendLine(guide.Entry.Text.Trim());
                foreach (var link in guide.Entry.Links)
                    text.AppendLine($"{link.Label}: {link.Url}");
                foreach (var email in guide.Entry.Emails)
                {
                    var owner = guide.OwnerOf(email);
                    text.AppendLine(owner is null ? $"Email: {email}" : $"Email: {email} ({directory.DisplayName(owner)})");
                }
                break;
            case NoAnswer none:
                text.AppendLine("Sorry, the e-Guide does not answer that.");
                if (none.Suggestions.Count > 0)
                    text.AppendLine($"Closest units: {string.Join("; ", none.Suggestions.Select(directory.DisplayName))}.");
                text.AppendLine($"If you think the guide should cover it, write to {none.FeedbackEmail}.");
                break;
        }
        return text.ToString().TrimEnd();
    }

    /// <param name="quoted">A sentence of the e-Guide about the unit follows (it may only mention the unit in passing).</param>
    private static void Describe(StringBuilder text, Unit unit, UnitDirectory directory, bool quoted = false)
    {
        text.AppendLine(Title(unit, directory));
        var ancestors = directory.Ancestors(unit);
        if (ancestors.Count > 0)
            text.AppendLine($"Part of: {string.Join(" > ", ancestors.Select(directory.DisplayName))}");
        text.AppendLine(unit.Summary.Length > 0 ? unit.Summary
            : quoted ? "The guide has no section on this unit; it mentions it here:"
            : "The guide names this unit in its organigramme but does not describe its work.");
        foreach (var person in unit.People)
            text.AppendLine($"{person.Role}: {person.Name}");
        foreach (var site in unit.Websites)
            text.AppendLine($"Website: {site.Url}");
    }

    private static void Contact(StringBuilder text, Unit unit, ContactPoint? contact)
    {
        text.AppendLine(contact switch
        {
            { IsUnitsOwn: true } => $"Email: {contact.Email}",
            not null => $"The guide gives no email for the {unit.Name}; it gives {contact.Email} for the {contact.OwnerName}, which it is part of.",
            null => $"The guide gives no email for the {unit.Name} or the units above it; the staff directories list its people.",
        });
    }

    private static string Title(Unit unit, UnitDirectory directory) =>
        unit.Acronyms.Count > 0 ? $"{directory.DisplayName(unit)} ({unit.Acronyms[0]})" : directory.DisplayName(unit);
}
