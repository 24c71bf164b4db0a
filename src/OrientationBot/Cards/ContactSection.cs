using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>
/// How to reach a unit. Only the unit's own addresses are shown as its own; otherwise the card says so and names
/// whose address the nearest contact is, so nobody writes to a parent's inbox thinking it is the unit's.
/// </summary>
internal static class ContactSection
{
    public const string NoEmailText = "The e-Guide gives no email for this unit.";

    /// <param name="emphasised">Set when the question asked for a contact, so the block stands out.</param>
    public static JsonObject Build(Unit unit, ContactPoint nearest, UnitDirectory directory, bool emphasised)
    {
        var style = emphasised ? "emphasis" : null;
        if (unit.Emails.Count > 0)
        {
            return CardElements.Container(
            [
                CardElements.Heading("Contact"),
                CardElements.Facts(unit.Emails.Take(3).Select(e => ("Email", (string?)e))),
                CardElements.ActionSet([MailButton($"Email {UnitText.ButtonLabel(unit, directory)}", unit.Emails[0])]),
            ], style)!;
        }

        return CardElements.Container(
        [
            CardElements.Heading("Contact"),
            CardElements.Text(NoEmailText),
            CardElements.Facts([("Nearest contact", nearest.OwnerName), ("Their email", nearest.Email)]),
            CardElements.ActionSet([MailButton("Email nearest contact", nearest.Email, $"Email {nearest.OwnerName}")]),
        ], style)!;
    }

    public static string Fallback(Unit unit, ContactPoint nearest) =>
        unit.Emails.Count > 0
            ? $"Email: {string.Join(", ", unit.Emails.Take(3))}"
            : $"{NoEmailText} Nearest contact: {nearest.OwnerName}, {nearest.Email}";

    private static JsonObject? MailButton(string title, string email, string? tooltip = null) =>
        CardElements.OpenUrl(title, Mailto.For(email), tooltip);
}
