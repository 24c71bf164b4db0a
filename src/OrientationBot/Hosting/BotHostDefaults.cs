namespace OrientationBot.Hosting;

/// <summary>
/// Where the bot runs from, decided before the host is built. Relative paths (<c>knowledge</c>, <c>data</c>, the chat
/// page) resolve against the content root, so the content root must not depend on the working directory: it is the
/// project folder when the bot runs from its build output in a clone (<c>dotnet run</c>, or the dll under bin/), and the
/// application's own folder when published. A content root or environment set explicitly always wins.
/// </summary>
internal static class BotHostDefaults
{
    /// <summary>The Bot Framework's customary port, used when neither ASPNETCORE_URLS, --urls nor Urls says otherwise.</summary>
    public const int Port = 3978;

    public static WebApplicationOptions For(string[] args)
    {
        var project = ProjectFolder();
        return new WebApplicationOptions
        {
            Args = args,
            // A launch profile would make `dotnet run` print a line on standard output, corrupting `ask --json`; so
            // Development (local mode) comes from here, for a clone only. A published build keeps Production.
            EnvironmentName = project is not null && !Given(args, "environment", "ENVIRONMENT") ? Environments.Development : null,
            ContentRootPath = Given(args, "contentRoot", "CONTENTROOT") ? null : project ?? AppContext.BaseDirectory,
        };
    }

    /// <summary>
    /// Listens on <see cref="Port"/> unless the address is configured (ASPNETCORE_URLS, DOTNET_URLS, URLS, --urls, Urls
    /// in appsettings, the *_HTTP_PORTS variables or Kestrel:Endpoints). The default lives here, not in appsettings.json,
    /// where it would silently beat ASPNETCORE_URLS. Only loopback in Development: local mode has no authentication.
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists())
            return builder;
        var host = builder.Environment.IsDevelopment() ? "localhost" : "*";
        builder.WebHost.UseUrls($"http://{host}:{Port}");
        return builder;
    }

    /// <summary>The project folder when this binary is its build output, bin/&lt;configuration&gt;/&lt;framework&gt;/ under it; else null.</summary>
    private static string? ProjectFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        return File.Exists(Path.Combine(folder, "OrientationBot.csproj")) ? folder : null;
    }

    private static bool Given(string[] args, string key, string variable) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_" + variable))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_" + variable))
        || args.Any(a => SetsHostSetting(a, key));

    /// <summary>
    /// Whether a command-line argument sets the host setting, in one of the forms the host reads ("--key value",
    /// "--key=value", "-key", "/key", "key=value"). A sub-command's words, such as the question of
    /// <c>ask "environment unit?"</c>, are none of these.
    /// </summary>
    internal static bool SetsHostSetting(string argument, string key)
    {
        var name = argument.StartsWith("--", StringComparison.Ordinal) ? argument[2..]
            : argument.StartsWith('-') || argument.StartsWith('/') ? argument[1..]
            : argument.Contains('=', StringComparison.Ordinal) ? argument
            : null;
        return name is not null
            && (name.Equals(key, StringComparison.OrdinalIgnoreCase) || name.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase));
    }
}
