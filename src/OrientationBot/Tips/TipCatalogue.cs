using System.Text.Json;

namespace OrientationBot.Tips;

/// <summary>The curated tips in programme order, as knowledge/tips.json lists them.</summary>
internal sealed class TipCatalogue
{
    public TipCatalogue(IReadOnlyList<Tip> tips)
    {
        ArgumentNullException.ThrowIfNull(tips);
        var problems = tips.SelectMany(Problems).ToList();
        var duplicate = tips.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            problems.Add($"the id '{duplicate.Key}' is used {duplicate.Count()} times");
        if (problems.Count > 0)
            throw new InvalidDataException($"The tip catalogue is invalid: {string.Join("; ", problems)}.");
        Tips = tips;
    }

    public IReadOnlyList<Tip> Tips { get; }

    public static TipCatalogue Load(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            var tips = JsonSerializer.Deserialize(stream, TipCatalogueJsonContext.Default.ListTip)
                ?? throw new InvalidDataException($"The tip catalogue '{path}' is empty: it must be a JSON array of tips.");
            return new TipCatalogue(tips);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The tip catalogue '{path}' is not valid: {ex.Message}", ex);
        }
    }

    private static IEnumerable<string> Problems(Tip tip, int index)
    {
        var name = string.IsNullOrWhiteSpace(tip.Id) ? $"tip #{index + 1}" : $"tip '{tip.Id}'";
        if (string.IsNullOrWhiteSpace(tip.Id)) yield return $"{name} has no id";
        if (string.IsNullOrWhiteSpace(tip.Title)) yield return $"{name} has no title";
        if (string.IsNullOrWhiteSpace(tip.Text)) yield return $"{name} has no text";
        if (string.IsNullOrWhiteSpace(tip.Section)) yield return $"{name} has no section";
        if (string.IsNullOrWhiteSpace(tip.Quote)) yield return $"{name} has no quote from the guide";
    }
}
