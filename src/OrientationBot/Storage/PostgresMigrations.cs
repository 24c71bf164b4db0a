namespace OrientationBot.Storage;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations: the SQLite tables in native types, plus what only a
/// shared database needs (recipient leases, the tenants' send window). Append, never edit: a deployed database
/// has already run the earlier ones, and schema_version records which.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } =
    [
        (1, "conversations, subscriptions, tip ledger, feedback, send window", """
            CREATE TABLE conversations (
                conversation_id    text PRIMARY KEY,
                service_url        text NOT NULL,
                tenant_id          text,
                user_id            text NOT NULL,
                user_aad_object_id text,
                bot_id             text NOT NULL,
                conversation_type  text,
                channel_id         text NOT NULL,
                locale             text,
                time_zone          text,
                created_at         timestamptz NOT NULL,
                updated_at         timestamptz NOT NULL
            );

            CREATE TABLE welcomed (
                conversation_id text PRIMARY KEY,
                welcomed_at     timestamptz NOT NULL
            );

            -- lease_owner / lease_until: which instance's tip run has the user, and until when (TryLeaseRecipientAsync).
            CREATE TABLE subscriptions (
                conversation_id text PRIMARY KEY,
                status          text NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
                delivery_time   time NOT NULL,
                start_date      date NOT NULL,
                ended_reason    text,
                ended_at        timestamptz,
                retry_at        timestamptz,
                updated_at      timestamptz NOT NULL,
                lease_owner     text,
                lease_until     timestamptz
            );
            CREATE INDEX ix_subscriptions_status ON subscriptions (status);

            -- The delivery ledger (Tips/README.md): the partial unique index keeps a daily tip to one row per
            -- conversation per local date, whichever instance claims it.
            CREATE TABLE tip_deliveries (
                conversation_id text NOT NULL,
                seq             integer NOT NULL,
                tip_id          text NOT NULL,
                kind            text NOT NULL CHECK (kind IN ('daily', 'on_demand')),
                local_date      date NOT NULL,
                state           text NOT NULL CHECK (state IN ('sending', 'sent', 'unconfirmed')),
                claimed_at      timestamptz NOT NULL,
                confirmed_at    timestamptz,
                PRIMARY KEY (conversation_id, seq)
            );
            CREATE UNIQUE INDEX ux_tip_deliveries_daily ON tip_deliveries (conversation_id, local_date) WHERE kind = 'daily';
            CREATE INDEX ix_tip_deliveries_sending ON tip_deliveries (claimed_at) WHERE state = 'sending';

            CREATE TABLE feedback (
                id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                question  text NOT NULL,
                unit_id   text,
                helpful   boolean NOT NULL,
                comment   text,
                user_hash text NOT NULL,
                at        timestamptz NOT NULL
            );
            CREATE INDEX ix_feedback_unit ON feedback (unit_id);

            CREATE TABLE unanswered (
                id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                question     text NOT NULL,
                question_key text NOT NULL,
                user_hash    text NOT NULL,
                at           timestamptz NOT NULL
            );
            CREATE INDEX ix_unanswered_key ON unanswered (question_key);

            -- Every instance's sends in the last second, per tenant, so Teams' limit holds across instances (PostgresSendLog).
            CREATE TABLE tip_send_window (
                tenant_key text NOT NULL,
                sent_at    timestamptz NOT NULL
            );
            CREATE INDEX ix_tip_send_window ON tip_send_window (tenant_key, sent_at);

            CREATE TABLE tip_tenant_pauses (
                tenant_key   text PRIMARY KEY,
                paused_until timestamptz NOT NULL
            );
            """),
        // Rows from before: an https service URL is taken as authenticated, since local mode's own URLs are http.
        (2, "whether each conversation reference came from an authenticated activity", """
            ALTER TABLE conversations ADD COLUMN authenticated boolean NOT NULL DEFAULT false;
            UPDATE conversations SET authenticated = true WHERE service_url LIKE 'https://%';
            """),
        // Votes from before keep no key: each stays a vote of its own.
        (3, "one feedback vote per user per answer; reports by date", """
            ALTER TABLE feedback ADD COLUMN vote_key text;
            CREATE UNIQUE INDEX ux_feedback_vote ON feedback (user_hash, vote_key) WHERE vote_key IS NOT NULL;
            CREATE INDEX ix_feedback_at ON feedback (at);
            CREATE INDEX ix_unanswered_at ON unanswered (at);
            """),
    ];

    public static int LatestVersion => All[^1].Version;
}
