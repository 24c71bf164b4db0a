namespace OrientationBot.Storage;

internal enum DeliveryKind
{
    /// <summary>The scheduled tip of a local working day; at most one per conversation per local date.</summary>
    Daily,

    /// <summary>A tip the user asked for with "tip" on a day whose daily tip had already gone.</summary>
    OnDemand,
}
