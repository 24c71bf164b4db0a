namespace OrientationBot.Commands.Packaging;

/// <summary>Builds one bot's Teams app package from the manifest folder: check the icons, fill the template, zip.</summary>
internal sealed class AppPackager(ManifestFolder folder, TextWriter output, TextWriter error)
{
    /// <returns>0 when the package was written, 1 when the manifest folder's files are not fit to package.</returns>
    public int Run(PackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var color = folder.ReadIcon(ManifestFolder.ColorIcon);
        var outline = folder.ReadIcon(ManifestFolder.OutlineIcon);
        var problems = IconChecker.Check(color, outline);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                error.WriteLine($"{folder.FullPath}: {problem}");
            return 1;
        }

        var manifest = ManifestBuilder.Build(folder.ReadTemplate(), request);
        if (ManifestBuilder.HasPlaceholderDeveloper(manifest))
        {
            error.WriteLine($"warning: the developer name and links in {ManifestFolder.TemplateFile} are still placeholders. " +
                            "Set developer.name, websiteUrl, privacyUrl and termsOfUseUrl before uploading for real users (see manifest/README.md).");
        }
        AppPackageWriter.Write(request.OutputPath, manifest, color, outline);

        output.WriteLine($"Wrote {request.OutputPath}");
        output.WriteLine($"  bot and app id {request.AppId:D}, valid domains: {request.Domain ?? "none"}");
        output.WriteLine("  Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center (Teams apps > Manage apps > Upload new app).");
        return 0;
    }
}
