using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrientationBot.Conversations;
using OrientationBot.Protocol.Connector;

namespace OrientationBot.Load;

/// <summary>
/// The bot as Program.cs builds it, in local mode (Development, no app id, no token), on Kestrel on a loopback port,
/// with its Connector replaced by <see cref="ReplyCatcher"/>. With <see cref="PlumbingOnly"/> the turn does no bot work.
/// </summary>
internal sealed class LoadBot : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "orientationbot-load-" + Guid.NewGuid().ToString("N"));

    public required bool PlumbingOnly { get; init; }

    /// <summary>Turns the answer cache off, to measure the answerer's own cost on every question.</summary>
    public bool NoAnswerCache { get; init; }

    public ReplyCatcher Replies { get; } = new();

    public Uri Start()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        // Found from the repository, not from this assembly's metadata: the runner may be run from any folder inside it.
        builder.UseContentRoot(RepositoryFolder("src", "OrientationBot"));
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["Storage:DataDirectory"] = dataDirectory };
        if (NoAnswerCache)
            settings["Conversations:AnswerCacheSize"] = "0";
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        // Console logging at Information would measure the console, not the bot.
        builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IConnectorClient>(Replies);
            if (PlumbingOnly)
                services.AddSingleton<ITurnHandler, PlumbingOnlyTurnHandler>();
        });
    }

    /// <summary>A folder of the checkout, found by walking up from the runner to the folder holding OrientationBot.sln.</summary>
    public static string RepositoryFolder(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrientationBot.sln")))
                return Path.Combine([folder.FullName, .. parts]);
        }

        throw new DirectoryNotFoundException($"No OrientationBot.sln above {AppContext.BaseDirectory}: run the load runner from inside the repository.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
