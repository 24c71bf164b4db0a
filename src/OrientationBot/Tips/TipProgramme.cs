using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Tips;

/// <summary>
/// The order in which a newcomer meets the tips: the curated catalogue first (six weeks of working days), then
/// one "unit of the day" per day from the unit directory, skipping units a curated tip or an earlier unit of
/// the day already covered. A user's place in it is the first free sequence number in their ledger.
/// </summary>
internal sealed class TipProgramme
{
    private const string UnitTipPrefix = "unit-of-the-day:";

    private readonly IReadOnlyList<Tip> _curated;
    private readonly IReadOnlyList<Tip> _unitTips;

    public TipProgramme(TipCatalogue catalogue, UnitDirectory? units, WorkingDays? days = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Days = days ?? WorkingDays.UnHeadquarters;
        _curated = units is null ? catalogue.Tips : catalogue.Tips.Select(t => t with { UnitId = MatchUnit(units, t.About)?.Id }).ToList();
        _unitTips = units is null ? [] : UnitTips(units, _curated);
    }

    /// <summary>The days tips go out on: weekdays less the holidays in knowledge/holidays.json.</summary>
    public WorkingDays Days { get; }

    public int CuratedCount => _curated.Count;

    public int UnitTipCount => _unitTips.Count;

    /// <summary>The next tip for a conversation with this ledger, and the sequence number to record it under; null once everything has been sent.</summary>
    public (int Sequence, Tip Tip)? Next(IReadOnlyList<TipDelivery> ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var sequence = FirstFree(ledger.Select(d => d.Sequence));
        var tip = TipAt(sequence, ledger.Select(d => d.TipId).ToHashSet(StringComparer.Ordinal));
        return tip is null ? null : (sequence, tip);
    }

    /// <summary>The tip with <see cref="Tip.ClosesTheProgramme"/> set when nothing would follow it in this ledger.</summary>
    public Tip Marked(IReadOnlyList<TipDelivery> ledger, int sequence, Tip tip)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(tip);
        var sent = ledger.Select(d => d.TipId).Append(tip.Id).ToHashSet(StringComparer.Ordinal);
        var after = FirstFree(ledger.Select(d => d.Sequence).Append(sequence));
        return TipAt(after, sent) is null ? tip with { ClosesTheProgramme = true } : tip;
    }

    /// <summary>The first gap, not count or max + 1: a released claim can leave a hole below a later on-demand tip.</summary>
    private static int FirstFree(IEnumerable<int> sequences)
    {
        var taken = sequences.ToHashSet();
        var sequence = 0;
        while (taken.Contains(sequence))
            sequence++;
        return sequence;
    }

    /// <summary>The first <paramref name="workingDays"/> days of tips for someone starting on <paramref name="start"/>.</summary>
    public IReadOnlyList<TipPreviewDay> Preview(int workingDays, DateOnly start)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var sent = new HashSet<string>(StringComparer.Ordinal);
        var days = new List<TipPreviewDay>(workingDays);
        foreach (var date in Days.From(start).Take(workingDays))
        {
            if (TipAt(days.Count, sent) is not { } tip)
                break;
            sent.Add(tip.Id);
            days.Add(new TipPreviewDay(days.Count + 1, date, tip));
        }
        return days;
    }

    private Tip? TipAt(int sequence, IReadOnlySet<string> sentTipIds) =>
        sequence < _curated.Count
            ? _curated[sequence]
            : _unitTips.FirstOrDefault(t => !sentTipIds.Contains(t.Id));

    private static List<Tip> UnitTips(UnitDirectory units, IReadOnlyList<Tip> curated)
    {
        var covered = curated.Select(t => t.UnitId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return TreeOrder(units)
            .Where(u => !covered.Contains(u.Id))
            .Select(u => UnitTip(units, u))
            .OfType<Tip>()
            .ToList();
    }

    /// <summary>Depth first from the roots, so the units of one department come together, as in the guide.</summary>
    private static IEnumerable<Unit> TreeOrder(UnitDirectory units)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<Unit>(units.Roots.Reverse());
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            if (!seen.Add(unit.Id))
                continue;
            yield return unit;
            foreach (var child in unit.ChildIds.Reverse().Select(units.Find).OfType<Unit>())
                stack.Push(child);
        }
        // Units the tree does not reach (a parser gap) still get their day, in directory order.
        foreach (var unit in units.Units.Where(u => !seen.Contains(u.Id)))
            yield return unit;
    }

    private static Tip? UnitTip(UnitDirectory units, Unit unit)
    {
        // The summary is the parser's repaired guide text; a unit the guide only names has nothing to teach.
        if (string.IsNullOrWhiteSpace(unit.Summary))
            return null;
        var name = units.DisplayName(unit);
        var reference = unit.Section is null ? $"e-Guide: {unit.Name}" : $"e-Guide, section {unit.Section}: {unit.Name}";
        return new Tip(UnitTipPrefix + unit.Id, $"Unit of the day: {name}", unit.Summary.Trim(), unit.Name, unit.Section ?? "", reference)
        {
            UnitId = unit.Id,
        };
    }

    /// <summary>Matches a tip's "about" to a unit by name, by acronym, or by an acronym in brackets ("… (OUSG-DPO)").</summary>
    private static Unit? MatchUnit(UnitDirectory units, string? about)
    {
        if (string.IsNullOrWhiteSpace(about))
            return null;
        var bracketed = about.EndsWith(')') && about.LastIndexOf('(') is var open and >= 0 ? about[(open + 1)..^1] : null;
        return units.Units.FirstOrDefault(u => string.Equals(u.Name, about, StringComparison.OrdinalIgnoreCase))
            ?? units.Units.FirstOrDefault(u => u.Acronyms.Contains(bracketed ?? about, StringComparer.OrdinalIgnoreCase))
            ?? units.Units.FirstOrDefault(u => u.Aliases.Contains(about, StringComparer.OrdinalIgnoreCase));
    }
}
