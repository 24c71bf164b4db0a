using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>A unit while the guide is being read; <see cref="DirectoryBuilder"/> freezes it into a <see cref="Unit"/>.</summary>
internal sealed class UnitDraft(string name, UnitDraft? parent)
{
    public string Name { get; } = name;
    public string Key { get; } = UnitNameKey.From(name);
    public UnitDraft? Parent { get; set; } = parent;
    public List<UnitDraft> Children { get; } = [];
    public UnitKind Kind { get; set; } = UnitKindReader.FromName(name);
    public List<string> Acronyms { get; } = [];
    public List<string> Aliases { get; } = [];
    public List<string> Paragraphs { get; } = [];

    /// <summary>Sentences about this unit found in other units' text ("… the Gender Parity Team in the Office of …").</summary>
    public List<string> Mentions { get; } = [];
    public List<WebLink> Websites { get; } = [];
    public List<string> Emails { get; } = [];
    public List<string> CrossReferences { get; } = [];
    public List<Person> People { get; } = [];
    public string? Section { get; set; }
    public string? Summary { get; set; }

    public void AddChild(UnitDraft child)
    {
        child.Parent?.Children.Remove(child);
        child.Parent = this;
        Children.Add(child);
    }

    public IEnumerable<UnitDraft> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
            yield return p;
    }

    public override string ToString() => Name;
}
