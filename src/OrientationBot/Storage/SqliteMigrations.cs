namespace OrientationBot.Storage;

/// <summary>
/// The SQLite schema as an ordered list of migrations. Append, never edit: a deployed database has already
/// run the earlier ones, and schema_version records which.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } =
    [
        (1, "conversations, subscriptions, tip ledger, feedback", """
            CREATE TABLE conversations (
                conversation_id    TEXT PRIMARY KEY,
                service_url        TEXT NOT NULL,
                tenant_id          TEXT,
                user_id            TEXT NOT NULL,
                user_aad_object_id TEXT,
                bot_id             TEXT NOT NULL,
                conversation_type  TEXT,
                channel_id         TEXT NOT NULL,
                locale             TEXT,
                time_zone          TEXT,
                created_at         TEXT NOT NULL,
                updated_at         TEXT NOT NULL
            );

            -- Separate from conversations so the flag can be set before the first upsert, and forgotten with it.
            CREATE TABLE welcomed (
                conversation_id TEXT PRIMARY KEY,
                welcomed_at     TEXT NOT NULL
            );

            CREATE TABLE subscriptions (
                conversation_id  TEXT PRIMARY KEY,
                status           TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
                delivery_minutes INTEGER NOT NULL CHECK (delivery_minutes BETWEEN 0 AND 1439),
                start_date       TEXT NOT NULL,
                ended_reason     TEXT,
                ended_at         TEXT,
                retry_at         TEXT,
                updated_at       TEXT NOT NULL
            );
            CREATE INDEX ix_subscriptions_status ON subscriptions (status);

            -- The delivery ledger (Tips/README.md). The partial unique index is what makes a daily tip
            -- go out at most once per conversation per local date, whichever process or restart tries.
            CREATE TABLE tip_deliveries (
                conversation_id TEXT NOT NULL,
                seq             INTEGER NOT NULL,
                tip_id          TEXT NOT NULL,
                kind            TEXT NOT NULL CHECK (kind IN ('daily', 'on_demand')),
                local_date      TEXT NOT NULL,
                state           TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'unconfirmed')),
                claimed_at      TEXT NOT NULL,
                confirmed_at    TEXT,
                PRIMARY KEY (conversation_id, seq)
            );
            CREATE UNIQUE INDEX ux_tip_deliveries_daily ON tip_deliveries (conversation_id, local_date) WHERE kind = 'daily';
            CREATE INDEX ix_tip_deliveries_sending ON tip_deliveries (claimed_at) WHERE state = 'sending';

            CREATE TABLE feedback (
                id        INTEGER PRIMARY KEY,
                question  TEXT NOT NULL,
                unit_id   TEXT,
                helpful   INTEGER NOT NULL CHECK (helpful IN (0, 1)),
                comment   TEXT,
                user_hash TEXT NOT NULL,
                at        TEXT NOT NULL
            );
            CREATE INDEX ix_feedback_unit ON feedback (unit_id);

            CREATE TABLE unanswered (
                id           INTEGER PRIMARY KEY,
                question     TEXT NOT NULL,
                question_key TEXT NOT NULL,
                user_hash    TEXT NOT NULL,
                at           TEXT NOT NULL
            );
            CREATE INDEX ix_unanswered_key ON unanswered (question_key);
            """),
        (2, "recipient leases for instances sharing the store", """
            ALTER TABLE subscriptions ADD COLUMN lease_owner TEXT;
            ALTER TABLE subscriptions ADD COLUMN lease_until TEXT;
            """),
        // Rows from before: an https service URL is taken as authenticated, since local mode's own URLs are http.
        (3, "whether each conversation reference came from an authenticated activity", """
            ALTER TABLE conversations ADD COLUMN authenticated INTEGER NOT NULL DEFAULT 0 CHECK (authenticated IN (0, 1));
            UPDATE conversations SET authenticated = 1 WHERE service_url LIKE 'https://%';
            """),
        // Votes from before keep no key: each stays a vote of its own.
        (4, "one feedback vote per user per answer; reports by date", """
            ALTER TABLE feedback ADD COLUMN vote_key TEXT;
            CREATE UNIQUE INDEX ux_feedback_vote ON feedback (user_hash, vote_key) WHERE vote_key IS NOT NULL;
            CREATE INDEX ix_feedback_at ON feedback (at);
            CREATE INDEX ix_unanswered_at ON unanswered (at);
            """),
    ];

    public static int LatestVersion => All[^1].Version;
}
