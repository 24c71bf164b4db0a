using System.Text.Json.Nodes;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Cards;

/// <summary>
/// The first message after install: why it arrives, what the bot knows, what to try, and the daily-tip opt-in
/// with its opt-out (protocol brief §6.4).
/// </summary>
public static class WelcomeCard
{
    public static readonly TimeOnly DefaultTipTime = new(9, 0);

    /// <param name="directory">The units, for what the card says the bot knows.</param>
    /// <param name="personal">
    /// A personal chat: the card offers the daily tip there. In a group chat or a team, where tips are refused, it says
    /// where to get them instead.
    /// </param>
    public static BotCard Build(UnitDirectory directory, bool personal = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var scope = directory.Units.Count > 0 ? $"{directory.Units.Count} units" : "the units";

        JsonNode?[] body =
        [
            CardElements.Title("Welcome to OrientationBot"),
            CardElements.Text(
                "You're getting this because OrientationBot was added to this chat. I help new colleagues in the " +
                "Peace and Security Pillar find their way around, using the onboarding e-Guide."),
            CardElements.Text(
                $"I know {scope} of DPO, DPPA and the parts of DOS that support them: where each sits and, as far as the " +
                "guide says, what it does, who leads it and how to reach it. Ask in your own words."),
            CardElements.Heading("Try one of these"),
            .. CardElements.Rows(ExampleQuestions.All.Select(q => CardActions.Ask(q, q))),
            personal
                ? CardElements.Container(
                [
                    CardElements.Heading("A daily tip"),
                    CardElements.Text("I can send you one short onboarding tip each working day, at the time you choose."),
                    CardElements.TimeInput(CardActions.Fields.TipTime, "Time for the tip", DefaultTipTime),
                    CardElements.ActionSet([CardActions.TipsOn("Send me a daily tip")]),
                    CardElements.Note("You can stop them at any time: type **tips off**."),
                ], style: "emphasis", separator: true)
                : CardElements.Note("Daily onboarding tips come in a personal chat: open a chat with OrientationBot and type **tips on** there."),
            CardElements.Note("Type **help** to see everything I can do."),
        ];

        const string fallback = "Welcome to OrientationBot. Ask me about any unit of DPO, DPPA or DOS from the e-Guide, " +
            "or type help. Type tips on for a daily onboarding tip, tips off to stop.";
        return CardElements.Card(fallback, body);
    }
}
