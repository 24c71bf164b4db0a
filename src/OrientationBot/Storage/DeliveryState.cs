namespace OrientationBot.Storage;

/// <summary>Where a ledger row stands; see Tips/README.md for why each state exists.</summary>
internal enum DeliveryState
{
    /// <summary>Claimed and handed to the messenger; the outcome is not known yet.</summary>
    Sending,

    /// <summary>Teams accepted the message.</summary>
    Sent,

    /// <summary>The process stopped, or the messenger failed, while the send was in flight: it may or may not have arrived. Never re-sent.</summary>
    Unconfirmed,
}
