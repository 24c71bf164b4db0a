namespace OrientationBot.Storage;

internal sealed partial class PostgresBotStore
{
    public async Task RecordFeedbackAsync(string question, string? unitId, bool helpful, string? comment, string userHash,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(userHash);
        await ExecuteAsync(cancellationToken, """
            INSERT INTO feedback (question, unit_id, helpful, comment, user_hash, at)
            VALUES (@question, @unitId, @helpful, @comment, @userHash, @at)
            """,
            ("question", question), ("unitId", unitId), ("helpful", helpful), ("comment", comment),
            ("userHash", userHash), ("at", at.ToUniversalTime()));
    }

    public async Task RecordUnansweredAsync(string question, string userHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(userHash);
        await ExecuteAsync(cancellationToken,
            "INSERT INTO unanswered (question, question_key, user_hash, at) VALUES (@question, @key, @userHash, @at)",
            ("question", question), ("key", QuestionKey.Normalise(question)), ("userHash", userHash), ("at", at.ToUniversalTime()));
    }

    public async Task<IReadOnlyList<QuestionCount>> TopUnansweredAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT question_key, COUNT(*)::integer AS asked FROM unanswered
            GROUP BY question_key ORDER BY asked DESC, MAX(at) DESC, question_key COLLATE "C" LIMIT @n
            """, ("n", count));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var top = new List<QuestionCount>();
        while (await reader.ReadAsync(cancellationToken))
            top.Add(new QuestionCount(reader.GetString(0), reader.GetInt32(1)));
        return top;
    }

    public async Task<IReadOnlyList<UnitFeedbackCount>> TopNotHelpfulUnitsAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT unit_id, COUNT(*) FILTER (WHERE NOT helpful)::integer AS not_helpful, COUNT(*) FILTER (WHERE helpful)::integer AS helpful
            FROM feedback
            WHERE unit_id IS NOT NULL
            GROUP BY unit_id HAVING COUNT(*) FILTER (WHERE NOT helpful) > 0
            ORDER BY not_helpful DESC, helpful ASC, unit_id COLLATE "C" LIMIT @n
            """, ("n", count));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var top = new List<UnitFeedbackCount>();
        while (await reader.ReadAsync(cancellationToken))
            top.Add(new UnitFeedbackCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        return top;
    }
}
