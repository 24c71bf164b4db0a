using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrientationBot.Knowledge.Guide;

/// <summary>knowledge/overlay.json: the curated corrections, each with the reason the guide supports it.</summary>
internal sealed record OverlayFile
{
    public List<OverlayUnit> Units { get; init; } = [];
    public List<OverlayOrganigramme> Organigrammes { get; init; } = [];
    public List<OverlayParent> Parents { get; init; } = [];
    public List<OverlayAcronym> Acronyms { get; init; } = [];
    public List<OverlayAliases> Aliases { get; init; } = [];
    public List<OverlayContact> Contacts { get; init; } = [];
    public List<OverlayTerm> Terms { get; init; } = [];
    public List<OverlayNotAcronym> NotAcronyms { get; init; } = [];

    public static OverlayFile Parse(string json) =>
        JsonSerializer.Deserialize(json, OverlayJsonContext.Default.OverlayFile) ?? new OverlayFile();
}

internal sealed record OverlayUnit(string Name, string? Kind, List<string>? Acronyms, List<string>? Aliases, string? Summary, string Reason);

internal sealed record OverlayOrganigramme(string Parent, List<string> Children, string Reason);

internal sealed record OverlayParent(string Unit, string Parent, string Reason);

internal sealed record OverlayAcronym(string Unit, string Acronym, string Reason);

internal sealed record OverlayAliases(string Unit, List<string> Names, string Reason);

internal sealed record OverlayContact(string Unit, string Email, string Reason);

/// <summary>An acronym the sources define in a form the finder cannot read ("Extra-Budgetary (XB)"), with the unit whose text defines it, if any.</summary>
internal sealed record OverlayTerm(string Acronym, string Expansion, string? Unit, string Section, string Reason);

/// <summary>A capitalised token the sources put in brackets that is no acronym (a document symbol, a course code).</summary>
internal sealed record OverlayNotAcronym(string Text, string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(OverlayFile))]
internal sealed partial class OverlayJsonContext : JsonSerializerContext;
