using Microsoft.Extensions.Options;
using OrientationBot.Cards;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// A question, typed or sent from an "ask" button, to its answer card. A question the guide does not answer is
/// filed for the feedback report under the asker's salted hash, never the raw id.
/// </summary>
internal sealed class QuestionResponder(
    IAnswerer answerer,
    UnitDirectory directory,
    UnansweredQuestions unanswered,
    UserIdHasher hasher,
    TimeProvider time,
    IOptions<ConversationOptions> options)
{
    private const string NoAnswerIntent = "NoAnswer";

    private readonly AnswerCache cache = new(options.Value.AnswerCacheSize);

    public TurnOutcome Answer(string question, string? userId)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asked = Bounded(question.Trim());
        if (asked.Length == 0)
            return new TurnOutcome("command:help") { Reply = BotReply.Of(HelpCard.Build()) };

        var outcome = cache.GetOrAdd(asked, Compose);
        if (outcome.Intent == NoAnswerIntent && !string.IsNullOrEmpty(userId))
            unanswered.Record(asked, hasher.Hash(userId), time.GetUtcNow());
        return outcome;
    }

    /// <summary>The card the question is answered with, as <see cref="Answer"/> sends it, without filing anything.</summary>
    public BotCard? CardFor(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asked = Bounded(question.Trim());
        return asked.Length == 0 ? null : cache.GetOrAdd(asked, Compose).Reply?.Card;
    }

    private TurnOutcome Compose(string question)
    {
        var answer = answerer.Ask(question);
        var (unitId, confidence) = answer switch
        {
            UnitAnswer unit => (unit.Unit.Id, unit.Confidence),
            GuideAnswer guide => (null, guide.Confidence),
            StructureAnswer structure => (structure.Unit.Id, (double?)null),
            _ => (answer.Units.FirstOrDefault()?.Id, (double?)null),
        };
        var intent = answer.Answered ? answer.Intent.ToString() : NoAnswerIntent;
        return new TurnOutcome(intent, unitId, confidence) { Reply = BotReply.Of(AnswerCards.For(answer, directory)) };
    }

    /// <summary>Cuts an over-long question at the last space before the limit, so a word is never half kept.</summary>
    private string Bounded(string question)
    {
        var max = options.Value.MaxQuestionLength;
        if (question.Length <= max)
            return question;
        var cut = question.LastIndexOf(' ', max);
        return question[..(cut > max / 2 ? cut : max)].TrimEnd();
    }
}
