using System.Text.Json.Nodes;

namespace OrientationBot.Cards;

/// <summary>The commands the bot understands and questions to try.</summary>
public static class HelpCard
{
    private static readonly (string Command, string? Meaning)[] Commands =
    [
        ("help", "this list"),
        ("units", "the units I know, to browse"),
        ("tip", "one onboarding tip now"),
        ("tips on", "a tip each working day (09:00 unless you choose)"),
        ("tips off", "stop the daily tips (or say stop)"),
        ("tips at 8:30", "change the time of the daily tip"),
        ("start date YYYY-MM-DD", "your first day, so the tips follow your first weeks"),
    ];

    public static BotCard Build()
    {
        JsonNode?[] body =
        [
            CardElements.Title("What I can do"),
            CardElements.Text(
                "Ask about any unit of DPO, DPPA or the parts of DOS that support them, in your own words: what it does, " +
                "where it sits, who leads it, how to reach it, or what an acronym stands for. I answer from the onboarding e-Guide " +
                "only: where it gives no description, head or email for a unit, I say so."),
            CardElements.Heading("Commands"),
            CardElements.Facts(Commands),
            CardElements.Heading("Try asking"),
            .. CardElements.Rows(ExampleQuestions.All.Select(q => CardActions.Ask(q, q))),
        ];

        var fallback = "Ask me about any unit in your own words. Commands: " + string.Join(", ", Commands.Select(c => c.Command)) + ".";
        return CardElements.Card(fallback, body, [CardActions.Units("Browse units"), CardActions.NextTip("Show me a tip")]);
    }
}
