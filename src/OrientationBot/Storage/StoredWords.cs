namespace OrientationBot.Storage;

/// <summary>
/// Enums as the lower-case words both schemas' CHECK constraints list, so the SQLite and PostgreSQL stores
/// write and read the same vocabulary.
/// </summary>
internal static class StoredWords
{
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
