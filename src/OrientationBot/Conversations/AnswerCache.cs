using OrientationBot.Knowledge;

namespace OrientationBot.Conversations;

/// <summary>
/// Finished answers by exact question text. Answers depend only on the text and on knowledge that is read once at
/// start-up, so a hit is the same card the answerer would build again. Cards in here are shared between turns and
/// must never be changed after building.
/// </summary>
internal sealed class AnswerCache(int capacity)
{
    private readonly BoundedMemo<string, TurnOutcome>? answers = capacity > 0 ? new(capacity, StringComparer.Ordinal) : null;

    public TurnOutcome GetOrAdd(string question, Func<string, TurnOutcome> answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        return answers is null ? answer(question) : answers.GetOrAdd(question, answer);
    }
}
