using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Reads a unit's kind from the words its name is built on ("… Division", "Office of …").</summary>
internal static class UnitKindReader
{
    private static readonly (string Word, UnitKind Kind)[] Words =
    [
        ("department", UnitKind.Department), ("division", UnitKind.Division), ("service", UnitKind.Service),
        ("branch", UnitKind.Branch), ("section", UnitKind.Section), ("unit", UnitKind.Unit), ("team", UnitKind.Team),
        ("cell", UnitKind.Cell), ("taskforce", UnitKind.Taskforce), ("capacity", UnitKind.Capacity),
        ("cluster", UnitKind.Cluster), ("secretariat", UnitKind.Secretariat), ("fund", UnitKind.Fund),
        ("office", UnitKind.Office),
    ];

    public static UnitKind FromName(string name)
    {
        var words = name.ToLowerInvariant().Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return UnitKind.Other;
        if (words[0] is "department" or "office" or "division" or "cluster")
            return FromWord(words[0]);
        // The last kind word wins: "Security Council Secretariat Branch" is a branch.
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var kind = FromWord(words[i]);
            if (kind != UnitKind.Other)
                return kind;
        }
        return UnitKind.Other;
    }

    private static readonly HashSet<string> KindStems = Words.Select(w => Search.Stemmer.Stem(w.Word)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a question's stem is a kind word ("office", "teams"): it says what kind of unit, not which.</summary>
    public static bool IsKindStem(string stem) => KindStems.Contains(stem);

    public static bool EndsWithKindWord(string name)
    {
        var last = name.TrimEnd().Split(' ').LastOrDefault()?.ToLowerInvariant() ?? "";
        return FromWord(last) is not (UnitKind.Other or UnitKind.Department or UnitKind.Office or UnitKind.Fund or UnitKind.Secretariat);
    }

    private static UnitKind FromWord(string word) =>
        Words.FirstOrDefault(w => w.Word == word) is { Word: not null } found ? found.Kind : UnitKind.Other;
}
