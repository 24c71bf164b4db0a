namespace OrientationBot.Storage;

internal enum SubscriptionStatus
{
    Active,

    /// <summary>"tips off": kept with its progress so "tips on" carries on where it stopped.</summary>
    Paused,

    /// <summary>Stopped by the bot: the user blocked or removed it (403/404) or the programme ran out.</summary>
    Ended,
}
