namespace OrientationBot.Knowledge.Search;

/// <summary>What an indexed document stands for.</summary>
public enum DocumentKind
{
    /// <summary>A unit of the directory, with its name, acronyms, aliases, parent and description.</summary>
    Unit,
    /// <summary>A glossary acronym that names no unit.</summary>
    Glossary,
    /// <summary>A guide-level entry (staff directories, self-assessment, e-Guide feedback, …).</summary>
    Guide,
}
