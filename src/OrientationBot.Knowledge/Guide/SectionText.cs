using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>The prose and links of a numbered section that is about the Pillar as a whole rather than one unit.</summary>
internal sealed record SectionText(string Number, string Title)
{
    public List<string> Paragraphs { get; } = [];
    public List<WebLink> Links { get; } = [];
}
