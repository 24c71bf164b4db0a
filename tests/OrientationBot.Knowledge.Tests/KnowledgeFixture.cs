using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Tests;

/// <summary>The real knowledge folder of the repository, parsed once for every test that needs it.</summary>
public static class KnowledgeFixture
{
    public static string Folder { get; } = KnowledgeFiles.Locate("knowledge", AppContext.BaseDirectory);

    private static readonly Lazy<UnitDirectory> Loaded = new(() => KnowledgeFiles.Load(Folder));

    public static UnitDirectory Directory => Loaded.Value;

    /// <summary>Every file of knowledge/, concatenated: what "occurs verbatim in knowledge/" is checked against.</summary>
    public static string AllText { get; } = string.Concat(
        System.IO.Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
