using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>
/// A guide-level resource: the staff directories, the self-assessments, the e-Guide's own feedback address, with the
/// unit whose inbox an email is.
/// </summary>
public static class GuideCard
{
    private const int MaxTextChars = 1500;

    public static BotCard Build(GuideAnswer answer, UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(directory);
        var entry = answer.Entry;
        var paragraphs = Excerpt.Paragraphs(entry.Text, MaxTextChars, out _);
        var emails = entry.Emails.Take(3).ToList();
        string Owned(string email) => answer.OwnerOf(email) is { } owner ? $"{email} ({directory.DisplayName(owner)})" : email;

        JsonNode?[] body =
        [
            CardElements.Title(entry.Title),
            .. paragraphs.Select(p => CardElements.Text(p)),
            CardElements.Facts(emails.Select(e => ("Email", (string?)Owned(e)))),
            .. CardElements.Rows(
                entry.Links.Take(4).Select(l => CardElements.OpenUrl(l.Label.Length > 0 ? l.Label : l.Url, l.Url, l.Url))
                    .Concat(emails.Select(e => CardElements.OpenUrl($"Email {e}", Mailto.For(e))))
                    .Concat(answer.EmailOwners.Take(2).Select(u => CardActions.OpenUnit($"About {UnitText.Title(u, directory)}", u.Id)))),
            CardElements.Note(UnitText.Source(entry.Section)),
        ];

        string?[] lines =
        [
            entry.Title,
            Excerpt.Shorten(entry.Text, 400),
            .. entry.Links.Take(4).Select(l => $"{l.Label}: {l.Url}"),
            .. emails.Select(e => $"Email: {Owned(e)}"),
        ];
        var fallback = string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        return CardElements.Card(fallback, body, FeedbackActions.For(answer.Question, unitId: null));
    }
}
