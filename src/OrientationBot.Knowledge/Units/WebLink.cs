namespace OrientationBot.Knowledge.Units;

/// <summary>A link the guide gives, with the label the guide puts on it.</summary>
public sealed record WebLink(string Label, string Url);
