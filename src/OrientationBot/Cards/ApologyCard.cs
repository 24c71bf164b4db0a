namespace OrientationBot.Cards;

/// <summary>What the user sees when a turn fails: short, and no detail of the failure (house style §5).</summary>
public static class ApologyCard
{
    public const string Message = "Something went wrong on my side, please try again.";

    public static BotCard Build() => CardElements.Card(Message, [CardElements.Text(Message)]);
}
