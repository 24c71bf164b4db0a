namespace OrientationBot.Commands.Packaging;

/// <summary>A package request, or why the command line could not make one.</summary>
internal sealed record PackageRequestResult(PackageRequest? Request, IReadOnlyList<string> Errors);
