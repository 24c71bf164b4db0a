using System.CommandLine;
using OrientationBot.Commands.Packaging;

namespace OrientationBot.Commands;

/// <summary>`package --app-id &lt;guid&gt;`: the Teams app package (manifest.json and icons in a .zip) for one bot registration.</summary>
internal static class PackageCommand
{
    public static Command Create(IServiceProvider services)
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID); used as the Teams app id too", Required = true };
        var domain = new Option<string?>("--domain") { Description = "The bot's host name for validDomains, e.g. orientationbot.azurewebsites.net (default: none)" };
        var name = new Option<string?>("--name") { Description = $"The app's short name in Teams, at most {PackageRequestParser.MaxShortName} characters (default: OrientationBot)" };
        var version = new Option<string?>("--app-version") { Description = "The package version, e.g. 1.0.1; raise it for each update (default: the template's)" };
        var output = new Option<string?>("--out") { Description = $"The .zip to write, or a folder for it (default: {PackageRequestParser.DefaultOutput} in the working directory)" };
        var manifestDir = new Option<string?>("--manifest-dir") { Description = "The folder with manifest.template.json and the icons (default: the nearest manifest/ above the working directory)" };
        var command = new Command("package", "Build the Teams app package to upload in Teams or the Teams admin center")
        {
            appId, domain, name, version, output, manifestDir,
        };
        command.SetAction(result =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var request = PackageRequestParser.Parse(
                result.GetValue(appId), result.GetValue(domain), result.GetValue(name), result.GetValue(version), result.GetValue(output));
            if (request.Request is null)
            {
                foreach (var message in request.Errors)
                    stderr.WriteLine(message);
                return 2;
            }
            try
            {
                var folder = result.GetValue(manifestDir) is { } dir
                    ? ManifestFolder.At(dir)
                    : ManifestFolder.Locate(Environment.CurrentDirectory, services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory);
                return new AppPackager(folder, stdout, stderr).Run(request.Request);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                stderr.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
