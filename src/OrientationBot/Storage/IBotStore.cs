namespace OrientationBot.Storage;

/// <summary>
/// Everything the bot remembers: conversation references, the welcome flag, tip subscriptions and their
/// delivery ledger, and anonymous feedback. SQLite by default, PostgreSQL when several instances share
/// one database; both pass the same contract tests.
/// </summary>
internal interface IBotStore
{
    /// <summary>Creates or migrates the schema; safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Takes and releases the store's write lock: proof for the health check that writes would succeed.</summary>
    Task CheckWritableAsync(CancellationToken cancellationToken);

    // Conversations ------------------------------------------------------------------------------

    /// <summary>Inserts or refreshes a conversation reference; a null <see cref="StoredConversation.TimeZone"/> keeps the stored one.</summary>
    Task UpsertConversationAsync(StoredConversation conversation, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Refreshes several references in one transaction. For write-behind refreshes only: the commit may skip the sync to
    /// disk (it survives the process dying, not a power cut), so a reference a user relies on goes through
    /// <see cref="UpsertConversationAsync"/>.
    /// </summary>
    Task UpsertConversationsAsync(
        IReadOnlyCollection<StoredConversation> conversations, DateTimeOffset at, CancellationToken cancellationToken);

    Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Records the user's IANA time zone; false if the conversation is not stored.</summary>
    Task<bool> UpdateTimeZoneAsync(string conversationId, string timeZone, CancellationToken cancellationToken);

    /// <summary>True the first time only, so the welcome card goes out once whichever install event arrives first.</summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Takes back a welcome that never reached the user (the Connector failed), so the next install event sends it.</summary>
    Task UnmarkWelcomedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Deletes everything stored for the conversation (uninstall): reference, welcome flag, subscription and ledger.</summary>
    Task ForgetConversationAsync(string conversationId, CancellationToken cancellationToken);

    // Subscriptions ------------------------------------------------------------------------------

    Task<StoredSubscription?> GetSubscriptionAsync(string conversationId, CancellationToken cancellationToken);

    Task SaveSubscriptionAsync(StoredSubscription subscription, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Active subscriptions whose conversation is stored, each with the local date of its latest daily tip.</summary>
    Task<IReadOnlyList<TipRecipient>> GetActiveRecipientsAsync(CancellationToken cancellationToken);

    Task EndSubscriptionAsync(string conversationId, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    Task DeferSubscriptionAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the user for one instance's tip run until <paramref name="until"/>, so instances sharing the store split
    /// a run instead of racing for every user. False while another owner's lease has not expired at <paramref name="now"/>.
    /// The ledger, not the lease, is what keeps a tip from going twice.
    /// </summary>
    Task<bool> TryLeaseRecipientAsync(string conversationId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    // Delivery ledger ----------------------------------------------------------------------------

    /// <summary>The conversation's ledger in sequence order.</summary>
    Task<IReadOnlyList<TipDelivery>> GetDeliveriesAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Inserts the row in one transaction unless its sequence number, or (for a daily row) its local date, is taken.</summary>
    Task<ClaimOutcome> TryClaimDeliveryAsync(TipDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Marks a Sending or Unconfirmed row as Sent.</summary>
    Task ConfirmDeliveryAsync(string conversationId, int sequence, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Deletes a Sending row whose send certainly did not arrive (429, 5xx, 403/404), so it can be claimed again.</summary>
    Task ReleaseDeliveryAsync(string conversationId, int sequence, CancellationToken cancellationToken);

    /// <summary>Marks a Sending row Unconfirmed: its outcome is unknown and it must not be sent again.</summary>
    Task MarkDeliveryInDoubtAsync(string conversationId, int sequence, CancellationToken cancellationToken);

    /// <summary>Marks every Sending row claimed at or before the instant Unconfirmed (recovery of dead instances' sends); returns how many.</summary>
    Task<int> MarkInDoubtDeliveriesAsync(DateTimeOffset claimedAtOrBefore, CancellationToken cancellationToken);

    // Feedback -----------------------------------------------------------------------------------

    /// <summary>
    /// Stores a helpful / not helpful vote: one per user per answer (the question, as <see cref="QuestionKey"/> reads it,
    /// and the unit), so a second vote on the same answer replaces the first and a re-delivered one changes nothing.
    /// <paramref name="userHash"/> comes from <see cref="UserIdHasher"/>, never a raw id.
    /// </summary>
    Task RecordFeedbackAsync(string question, string? unitId, bool helpful, string? comment, string userHash, DateTimeOffset at, CancellationToken cancellationToken);

    Task RecordUnansweredAsync(string question, string userHash, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The unanswered questions most users asked in the period, grouped by <see cref="QuestionKey"/>, counted in distinct
    /// users, most first.
    /// </summary>
    Task<IReadOnlyList<QuestionCount>> TopUnansweredAsync(int count, ReportPeriod period, CancellationToken cancellationToken);

    /// <summary>Units whose answers most users voted not helpful in the period (distinct users each way), most first.</summary>
    Task<IReadOnlyList<UnitFeedbackCount>> TopNotHelpfulUnitsAsync(int count, ReportPeriod period, CancellationToken cancellationToken);

    /// <summary>The comments left with votes in the period, newest first.</summary>
    Task<IReadOnlyList<FeedbackComment>> FeedbackCommentsAsync(int count, ReportPeriod period, CancellationToken cancellationToken);
}
