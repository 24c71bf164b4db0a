using System.Collections.Concurrent;

namespace OrientationBot.Conversations;

/// <summary>
/// Finished answers by exact question text. Answers depend only on the text and on knowledge that is read once at
/// start-up, so a hit is the same card the answerer would build again. Cards in here are shared between turns and
/// must never be changed after building.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private readonly ConcurrentDictionary<string, TurnOutcome> answers = new(StringComparer.Ordinal);

    public TurnOutcome GetOrAdd(string question, Func<string, TurnOutcome> answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (capacity == 0)
            return answer(question);
        if (answers.TryGetValue(question, out var known))
            return known;

        var outcome = answer(question);
        // A bound, not a policy: past it the cache starts afresh and fills with what is asked now.
        if (answers.Count >= capacity)
            answers.Clear();
        answers.TryAdd(question, outcome);
        return outcome;
    }
}
