namespace OrientationBot.Storage;

internal sealed partial class PostgresBotStore
{
    public async Task RecordFeedbackAsync(string question, string? unitId, bool helpful, string? comment, string userHash,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(userHash);
        await ExecuteAsync(cancellationToken, StoreStatements.RecordVote,
            ("question", question), ("unitId", unitId), ("helpful", helpful), ("comment", comment),
            ("userHash", userHash), ("at", at.ToUniversalTime()), ("voteKey", StoreStatements.VoteKey(question, unitId)));
    }

    public async Task RecordUnansweredAsync(string question, string userHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(userHash);
        await ExecuteAsync(cancellationToken,
            "INSERT INTO unanswered (question, question_key, user_hash, at) VALUES (@question, @key, @userHash, @at)",
            ("question", question), ("key", QuestionKey.Normalise(question)), ("userHash", userHash), ("at", at.ToUniversalTime()));
    }

    public async Task<IReadOnlyList<QuestionCount>> TopUnansweredAsync(int count, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(period);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT question_key, COUNT(DISTINCT user_hash)::integer AS users FROM unanswered
            WHERE (@since::timestamptz IS NULL OR at >= @since) AND (@until::timestamptz IS NULL OR at < @until)
            GROUP BY question_key ORDER BY users DESC, MAX(at) DESC, question_key COLLATE "C" LIMIT @n
            """, [("n", count), .. Period(period)]);
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
                   COUNT(DISTINCT user_hash) FILTER (WHERE NOT helpful)::integer AS not_helpful,
                   COUNT(DISTINCT user_hash) FILTER (WHERE helpful)::integer AS helpful
            FROM feedback
            WHERE unit_id IS NOT NULL AND (@since::timestamptz IS NULL OR at >= @since) AND (@until::timestamptz IS NULL OR at < @until)
            GROUP BY unit_id HAVING COUNT(*) FILTER (WHERE NOT helpful) > 0
            ORDER BY not_helpful DESC, helpful ASC, unit_id COLLATE "C" LIMIT @n
            """, [("n", count), .. Period(period)]);
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
              AND (@since::timestamptz IS NULL OR at >= @since) AND (@until::timestamptz IS NULL OR at < @until)
            ORDER BY at DESC, id DESC LIMIT @n
            """, [("n", count), .. Period(period)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var comments = new List<FeedbackComment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            comments.Add(new FeedbackComment(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1),
                ValueOrNull<string>(reader, 2), reader.GetBoolean(3), reader.GetString(4)));
        }
        return comments;
    }

    private static (string Name, object? Value)[] Period(ReportPeriod period) =>
        [("since", period.Since?.ToUniversalTime()), ("until", period.Until?.ToUniversalTime())];
}
