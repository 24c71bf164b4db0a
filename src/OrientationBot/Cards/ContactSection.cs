using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>
/// How to reach a unit, as far as the guide says. Only the unit's own addresses are shown as its own; a parent's is
/// shown as the parent's. Where neither the unit nor any unit above it has an email, the card says so and points to
/// the staff directories the guide gives, with a separate, plainly labelled button to tell the guide's editors: their
/// address is never offered as the unit's contact (they do not handle mine action or IT problems).
/// </summary>
internal static class ContactSection
{
    public const string NoEmailText = "The e-Guide gives no email for this unit.";
    public const string NoContactText = "The e-Guide gives no email for this unit or the units above it.";
    public const string ReportTitle = "Tell the e-Guide editors";

    /// <param name="emphasised">Set when the question asked for a contact, so the block stands out.</param>
    public static JsonObject Build(Unit unit, ContactPoint? nearest, UnitDirectory directory, bool emphasised)
    {
        var style = emphasised ? "emphasis" : null;
        if (nearest is { IsUnitsOwn: true })
        {
            return CardElements.Container(
            [
                CardElements.Heading("Contact"),
                CardElements.Facts(unit.Emails.Take(3).Select(e => ("Email", (string?)e))),
                CardElements.ActionSet([MailButton($"Email {UnitText.ButtonLabel(unit, directory)}", unit.Emails[0])]),
            ], style)!;
        }

        if (nearest is not null)
        {
            return CardElements.Container(
            [
                CardElements.Heading("Contact"),
                CardElements.Text($"{NoEmailText} It gives one for the {nearest.OwnerName}, which it is part of."),
                CardElements.Facts([(nearest.OwnerName, nearest.Email)]),
                CardElements.ActionSet([MailButton("Email the parent unit", nearest.Email, $"Email the {nearest.OwnerName}")]),
            ], style)!;
        }

        var directories = directory.StaffDirectories?.Links ?? [];
        return CardElements.Container(
        [
            CardElements.Heading("Contact"),
            CardElements.Text(NoContactText + (unit.Websites.Count, directories.Count) switch
            {
                (> 0, > 0) => " Try its website, or the staff directories, which list its people.",
                (0, > 0) => " The staff directories list its people.",
                (> 0, 0) => " Try its website.",
                _ => "",
            }),
            CardElements.ActionSet(directories.Take(2).Select(link => CardElements.OpenUrl(DirectoryLabel(link), link.Url, link.Label))),
            CardElements.ActionSet([ReportButton(unit, directory)]),
        ], style)!;
    }

    public static string Fallback(Unit unit, ContactPoint? nearest) => nearest switch
    {
        { IsUnitsOwn: true } => $"Email: {string.Join(", ", unit.Emails.Take(3))}",
        not null => $"{NoEmailText} The {nearest.OwnerName}, which it is part of: {nearest.Email}",
        null => NoContactText,
    };

    /// <summary>A mailto to the editors with the subject the guide asks for, naming the unit, so the gap can be filled.</summary>
    private static JsonObject? ReportButton(Unit unit, UnitDirectory directory) =>
        CardElements.OpenUrl(
            ReportTitle,
            Mailto.For(directory.FeedbackEmail, NoAnswerCard.FeedbackSubject, $"The e-Guide gives no contact for the {directory.DisplayName(unit)}."),
            $"Write to the e-Guide's editors ({directory.FeedbackEmail}) that this unit has no contact");

    /// <summary>"iSeek staff directory" rather than a file name or a host: the link's own title when it says which directory.</summary>
    private static string DirectoryLabel(WebLink link) =>
        link.Url.Contains("dppadpo", StringComparison.OrdinalIgnoreCase) ? "DPPA-DPO staff list"
        : link.Url.Contains("iseek", StringComparison.OrdinalIgnoreCase) ? "iSeek directory"
        : Excerpt.Shorten(link.Label, 30);

    private static JsonObject? MailButton(string title, string email, string? tooltip = null) =>
        CardElements.OpenUrl(title, Mailto.For(email), tooltip);
}
