using System.Text.Json;

namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>value</c> of a <c>composeExtension/query</c> invoke (brief §4.3).</summary>
public sealed record MessagingExtensionQuery
{
    /// <summary>The parameter Teams sends alone for a manifest command with <c>initialRun: true</c>.</summary>
    public const string InitialRunParameter = "initialRun";

    /// <summary>Gets the command id from the manifest.</summary>
    public string? CommandId { get; init; }

    /// <summary>Gets the query parameters.</summary>
    public IReadOnlyList<MessagingExtensionParameter>? Parameters { get; init; }

    /// <summary>Gets the paging options.</summary>
    public MessagingExtensionQueryOptions? QueryOptions { get; init; }

    /// <summary>Returns the text of the named parameter, or <see langword="null"/> when it is absent.</summary>
    /// <param name="name">The parameter name, compared ordinally.</param>
    public string? GetParameterText(string name)
    {
        var parameter = Parameters?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        return parameter?.Value switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } text => text.GetString(),
            { ValueKind: JsonValueKind.Null } => null,
            { } other => other.GetRawText(),
        };
    }

    /// <summary>Reads the invoke value, or returns <see langword="null"/> when it is missing or not the expected shape.</summary>
    /// <param name="value">The activity's <see cref="CoreActivity.Value"/>.</param>
    public static MessagingExtensionQuery? From(JsonElement? value) =>
        ValueJson.Read(value, ProtocolJsonContext.Default.MessagingExtensionQuery);
}
