namespace OrientationBot.Knowledge.Units;

/// <summary>Someone the guide names in a role, e.g. the Under-Secretary-General who heads a department.</summary>
public sealed record Person(string Name, string Role);
