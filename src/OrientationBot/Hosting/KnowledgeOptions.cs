namespace OrientationBot.Hosting;

/// <summary>Where the bot reads its knowledge from.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The folder holding e-guide.txt, overlay.json, tips.json and web/; relative paths are looked up from the content root upwards.</summary>
    public string Directory { get; set; } = "knowledge";
}
