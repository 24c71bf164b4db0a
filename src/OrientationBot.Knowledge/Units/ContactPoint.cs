namespace OrientationBot.Knowledge.Units;

/// <summary>
/// The nearest real contact for a unit: its own email, else an ancestor's.
/// <see cref="OwnerName"/> says whose address it is, so nobody mistakes a parent's inbox for the unit's own.
/// </summary>
public sealed record ContactPoint(string Email, string OwnerName, bool IsUnitsOwn);
