using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OrientationBot.Commands;

namespace OrientationBot.Tests.Manifest;

/// <summary>Runs `package …` through the real System.CommandLine command, capturing both output streams.</summary>
internal sealed record PackageRun(int ExitCode, string Output, string Error)
{
    public static PackageRun Invoke(params string[] args)
    {
        var root = new RootCommand { PackageCommand.Create(new ServiceCollection().BuildServiceProvider()) };
        var parsed = root.Parse(["package", .. args]);
        if (parsed.Errors.Count > 0)
            return new PackageRun(2, "", string.Join("\n", parsed.Errors.Select(e => e.Message))); // as CommandRunner does
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        return new PackageRun(exitCode, output.ToString(), error.ToString());
    }
}
