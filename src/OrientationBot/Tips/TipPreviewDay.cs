namespace OrientationBot.Tips;

/// <summary>The tip a newcomer would get on the <see cref="Day"/>-th working day of the programme.</summary>
internal sealed record TipPreviewDay(int Day, DateOnly Date, Tip Tip);
