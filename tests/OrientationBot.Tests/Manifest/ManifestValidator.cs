using OrientationBot.Tests.Support;

namespace OrientationBot.Tests.Manifest;

/// <summary>Runs tests/tools/validate-manifest.js (the pinned @microsoft/app-manifest schemas plus the icon rules, offline).</summary>
internal static class ManifestValidator
{
    public static Task<(int ExitCode, string Output)> ValidateAsync(string packageOrFolder) =>
        NodeValidator.RunAsync("validate-manifest.js", packageOrFolder,
            Path.Combine("@microsoft", "app-manifest", "package.json"), Path.Combine("fs-extra", "package.json"));
}
