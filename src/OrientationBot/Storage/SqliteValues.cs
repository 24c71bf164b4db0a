using System.Globalization;

namespace OrientationBot.Storage;

/// <summary>
/// How values are written to SQLite, which has no date types: instants as UTC ISO 8601 text (so they sort),
/// dates as yyyy-MM-dd, enums as the lower-case words the schema's CHECK constraints list.
/// </summary>
internal static class SqliteValues
{
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Status(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Active => "active",
        SubscriptionStatus.Paused => "paused",
        SubscriptionStatus.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static SubscriptionStatus ParseStatus(string text) => text switch
    {
        "active" => SubscriptionStatus.Active,
        "paused" => SubscriptionStatus.Paused,
        "ended" => SubscriptionStatus.Ended,
        _ => throw new InvalidDataException($"Unknown subscription status '{text}' in the store."),
    };

    public static string Kind(DeliveryKind kind) => kind switch
    {
        DeliveryKind.Daily => "daily",
        DeliveryKind.OnDemand => "on_demand",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static DeliveryKind ParseKind(string text) => text switch
    {
        "daily" => DeliveryKind.Daily,
        "on_demand" => DeliveryKind.OnDemand,
        _ => throw new InvalidDataException($"Unknown delivery kind '{text}' in the store."),
    };

    public static string State(DeliveryState state) => state switch
    {
        DeliveryState.Sending => "sending",
        DeliveryState.Sent => "sent",
        DeliveryState.Unconfirmed => "unconfirmed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static DeliveryState ParseState(string text) => text switch
    {
        "sending" => DeliveryState.Sending,
        "sent" => DeliveryState.Sent,
        "unconfirmed" => DeliveryState.Unconfirmed,
        _ => throw new InvalidDataException($"Unknown delivery state '{text}' in the store."),
    };
}
