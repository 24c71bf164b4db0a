namespace OrientationBot.Storage;

/// <summary>
/// The sends of the last second and any 429 pause, per tenant: what <see cref="Tips.TenantSendPacer"/> counts
/// against Teams' limit. In process with SQLite; in the database with PostgreSQL, so the limit holds across instances.
/// </summary>
internal interface ITenantSendLog
{
    /// <summary>
    /// Counts one send to the tenant at <paramref name="now"/> if the tenant is not paused and fewer than
    /// <paramref name="limit"/> sends fall in (now − 1 s, now]; otherwise counts nothing and returns the earliest instant worth asking again.
    /// </summary>
    Task<DateTimeOffset?> TryRecordSendAsync(string tenantKey, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Holds every send to the tenant until the instant (after a 429); an earlier instant never shortens a pause.</summary>
    Task PauseAsync(string tenantKey, DateTimeOffset until, CancellationToken cancellationToken);
}
