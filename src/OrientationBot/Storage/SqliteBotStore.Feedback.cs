namespace OrientationBot.Storage;

internal sealed partial class SqliteBotStore
{
    public async Task RecordFeedbackAsync(string question, string? unitId, bool helpful, string? comment, string userHash,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(userHash);
        await ExecuteAsync(cancellationToken, StoreStatements.RecordVote,
            ("@question", question), ("@unitId", unitId), ("@helpful", helpful ? 1 : 0), ("@comment", comment),
            ("@userHash", userHash), ("@at", SqliteValues.Instant(at)), ("@voteKey", StoreStatements.VoteKey(question, unitId)));
    }

    public async Task RecordUnansweredAsync(string question, string userHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(userHash);
        await ExecuteAsync(cancellationToken, """
            INSERT INTO unanswered (question, question_key, user_hash, at) VALUES ($question, $key, $userHash, $at)
            """,
            ("$question", question), ("$key", QuestionKey.Normalise(question)), ("$userHash", userHash),
            ("$at", SqliteValues.Instant(at)));
    }

    public async Task<IReadOnlyList<QuestionCount>> TopUnansweredAsync(int count, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT question_key, COUNT(DISTINCT user_hash) AS users FROM unanswered
            WHERE ($since IS NULL OR at >= $since) AND ($until IS NULL OR at < $until)
            GROUP BY question_key ORDER BY users DESC, MAX(at) DESC, question_key LIMIT $n
            """, [("$n", count), .. Period(period)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var top = new List<QuestionCount>();
        while (await reader.ReadAsync(cancellationToken))
            top.Add(new QuestionCount(reader.GetString(0), reader.GetInt32(1)));
        return top;
    }

    public async Task<IReadOnlyList<UnitFeedbackCount>> TopNotHelpfulUnitsAsync(int count, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT unit_id,
                   COUNT(DISTINCT CASE WHEN helpful = 0 THEN user_hash END) AS not_helpful,
                   COUNT(DISTINCT CASE WHEN helpful = 1 THEN user_hash END) AS helpful
            FROM feedback
            WHERE unit_id IS NOT NULL AND ($since IS NULL OR at >= $since) AND ($until IS NULL OR at < $until)
            GROUP BY unit_id HAVING not_helpful > 0
            ORDER BY not_helpful DESC, helpful ASC, unit_id LIMIT $n
            """, [("$n", count), .. Period(period)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var top = new List<UnitFeedbackCount>();
        while (await reader.ReadAsync(cancellationToken))
            top.Add(new UnitFeedbackCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        return top;
    }

    public async Task<IReadOnlyList<FeedbackComment>> FeedbackCommentsAsync(int count, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT at, question, unit_id, helpful, comment FROM feedback
            WHERE comment IS NOT NULL AND TRIM(comment) <> ''
              AND ($since IS NULL OR at >= $since) AND ($until IS NULL OR at < $until)
            ORDER BY at DESC, id DESC LIMIT $n
            """, [("$n", count), .. Period(period)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var comments = new List<FeedbackComment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            comments.Add(new FeedbackComment(SqliteValues.ParseInstant(reader.GetString(0)), reader.GetString(1),
                NullableString(reader, 2), reader.GetInt32(3) == 1, reader.GetString(4)));
        }
        return comments;
    }

    private static (string Name, object? Value)[] Period(ReportPeriod period) =>
    [
        ("$since", period.Since is { } since ? SqliteValues.Instant(since) : null),
        ("$until", period.Until is { } until ? SqliteValues.Instant(until) : null),
    ];
}
