namespace OrientationBot.Knowledge.Units;

/// <summary>An acronym the guide defines, with its expansion and where it is defined; <see cref="UnitId"/> is set when it names a unit.</summary>
public sealed record GlossaryEntry(string Acronym, string Expansion, string? Section, string? UnitId);
