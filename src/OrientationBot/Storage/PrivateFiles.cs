namespace OrientationBot.Storage;

/// <summary>
/// The data directory holds Teams user ids, Entra object ids and users' own words: on Unix its folder is created 0700 and
/// its files 0600 from the start, never widened first and narrowed after writing. SQLite gives its -wal and -shm files
/// the database file's mode.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents) readable by the owner alone; an existing folder keeps its mode.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, OwnerOnlyFolder);
    }

    /// <summary>Opens a new file for writing, readable by the owner alone; throws <see cref="IOException"/> when it exists.</summary>
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnlyFile;
        return new FileStream(path, options);
    }

    /// <summary>Creates an empty file, readable by the owner alone, unless one exists: SQLite then takes it as a new database.</summary>
    public static void EnsureExists(string path)
    {
        try
        {
            using var _ = CreateNew(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // already there: its mode is whatever it was given when it was made
        }
    }
}
