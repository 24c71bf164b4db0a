using OrientationBot.Knowledge;

namespace OrientationBot.Tips;

/// <summary>Where tips.json is: Tips:CatalogueFile when it is set, else beside the e-Guide in the knowledge folder.</summary>
internal static class TipCatalogueFile
{
    public const string DefaultName = "tips.json";

    /// <summary>The setting as a person would read it, for messages.</summary>
    public static string Describe(TipsOptions tips, KnowledgeOptions knowledge) =>
        string.IsNullOrWhiteSpace(tips.CatalogueFile)
            ? $"{DefaultName} in Knowledge:Directory '{knowledge.Directory}'"
            : $"Tips:CatalogueFile '{tips.CatalogueFile}'";

    /// <summary>The file's path, or null when it is in neither the content root nor any folder above it.</summary>
    public static string? Find(TipsOptions tips, KnowledgeOptions knowledge, string contentRoot) =>
        PathSearch.FindAbove(
            string.IsNullOrWhiteSpace(tips.CatalogueFile) ? Path.Combine(knowledge.Directory, DefaultName) : tips.CatalogueFile,
            contentRoot,
            File.Exists);
}
