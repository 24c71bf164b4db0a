namespace OrientationBot.Knowledge.Answers.Ranking;

/// <summary>Reads a fitted model the project file embeds in this assembly.</summary>
internal static class EmbeddedFile
{
    public static string Read(string resourceName)
    {
        var assembly = typeof(EmbeddedFile).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
