using System.Text.RegularExpressions;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Answers;

/// <summary>What the guide says about who leads a unit, for questions about a person.</summary>
public static partial class UnitLeadership
{
    public const string RoleOnlyNote = "The e-Guide says which role leads this unit, but names no one.";

    public const string NoOneNote = "The e-Guide names no one for this unit.";

    /// <summary>The guide names nobody for the unit but says what leads it: "led by an ASG", "headed by a Chief", "the Police Adviser".</summary>
    public static bool NamesOnlyTheRole(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.People.Count == 0 && Head().IsMatch(unit.Description);
    }

    /// <summary>The guide says nothing about who leads the unit: neither a name nor a role.</summary>
    public static bool SaysNothing(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.People.Count == 0 && !Head().IsMatch(unit.Description);
    }

    /// <summary>How the guide speaks of whoever leads a unit.</summary>
    [GeneratedRegex(@"\b(led by|headed by|heads?|leads?|chief|director|advis[eo]r|under-secretary-general|assistant secretary-general|usg|asg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Head();
}
