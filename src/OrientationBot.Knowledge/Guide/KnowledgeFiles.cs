using OrientationBot.Knowledge.Units;

namespace OrientationBot.Knowledge.Guide;

/// <summary>Reads the knowledge folder: e-guide.txt, overlay.json and web/*.txt.</summary>
public static class KnowledgeFiles
{
    public const string GuideFile = "e-guide.txt";
    public const string OverlayFile = "overlay.json";
    public const string WebFolder = "web";

    public static UnitDirectory Load(string knowledgeDirectory)
    {
        var guide = Path.Combine(knowledgeDirectory, GuideFile);
        if (!File.Exists(guide))
            throw new FileNotFoundException($"The knowledge folder has no {GuideFile}.", guide);
        var overlayPath = Path.Combine(knowledgeDirectory, OverlayFile);
        var overlay = File.Exists(overlayPath) ? File.ReadAllText(overlayPath) : "{}";
        var webFolder = Path.Combine(knowledgeDirectory, WebFolder);
        var pages = Directory.Exists(webFolder)
            ? Directory.GetFiles(webFolder, "*.txt").ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
            : [];
        return GuideParser.Parse(File.ReadAllText(guide), pages, overlay);
    }

    /// <summary>Finds the knowledge folder: the given path if it exists, else the nearest "knowledge" folder above the start directory.</summary>
    public static string Locate(string configured, string startDirectory)
    {
        return PathSearch.FindAbove(configured, startDirectory, folder => File.Exists(Path.Combine(folder, GuideFile)))
            ?? throw new DirectoryNotFoundException($"No '{configured}' folder with {GuideFile} was found at or above {startDirectory}. Set Knowledge:Directory to the folder that holds the e-Guide.");
    }
}
