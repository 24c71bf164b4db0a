using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrientationBot.Tests.Support;

/// <summary>
/// The built bot as an operator starts it: its own process (`dotnet OrientationBot.dll`), in a working directory of
/// its own, with the settings given as environment variables and arguments. Each run gets an empty data directory.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("orientationbot-process-").FullName;

    private BotProcess(IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrientationBot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Nothing inherited decides the outcome: the environment and the addresses are the test's.
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_URLS", "URLS", "MicrosoftAppId" })
            start.Environment.Remove(name);
        start.Environment["Storage__DataDirectory"] = Path.Combine(workingDirectory, "data");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        process = Process.Start(start)!;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public static BotProcess Start(Dictionary<string, string> environment, params string[] args) => new(environment, args);

    /// <summary>Waits for the process to end by itself; a guard against a hung run, not a timing assertion.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> ExitAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>GETs the path until the bot answers (it is still starting until then), then returns the status.</summary>
    public async Task<HttpStatusCode> GetWhenUpAsync(string baseUrl, string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            if (process.HasExited)
                Assert.Fail($"The bot stopped: {await stderr}");
            try
            {
                using var response = await client.GetAsync(path, guard.Token);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, guard.Token);
            }
        }
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
        try
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
