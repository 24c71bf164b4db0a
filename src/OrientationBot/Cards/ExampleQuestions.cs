namespace OrientationBot.Cards;

/// <summary>The questions the welcome and help cards offer as buttons; each should get a confident answer from the guide.</summary>
public static class ExampleQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "What does OROLSI do?",
        "How do I contact the Police Division?",
        "Who heads the Department of Peace Operations?",
        "What does DPPA stand for?",
    ];
}
