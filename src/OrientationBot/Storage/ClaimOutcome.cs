namespace OrientationBot.Storage;

internal enum ClaimOutcome
{
    Claimed,

    /// <summary>The conversation already has a daily row for that local date: someone else sent (or is sending) it.</summary>
    DayTaken,

    /// <summary>Another writer took that sequence number first; read the ledger again and pick the next.</summary>
    SequenceTaken,
}
