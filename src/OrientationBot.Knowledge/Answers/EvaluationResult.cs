namespace OrientationBot.Knowledge.Answers;

/// <summary>How one answerer did on a question set.</summary>
public sealed record EvaluationResult(
    string Name,
    int Answerable,
    int Unanswerable,
    int Top1,
    int Top3,
    double ReciprocalRankSum,
    int UnanswerableDeclined,
    int AnswerableDeclined,
    IReadOnlyList<EvaluationMiss> Misses)
{
    public double Top1Share => Share(Top1, Answerable);
    public double Top3Share => Share(Top3, Answerable);
    public double Mrr => Answerable == 0 ? 0 : ReciprocalRankSum / Answerable;
    public double DeclinedShare => Share(UnanswerableDeclined, Unanswerable);
    public double WronglyDeclinedShare => Share(AnswerableDeclined, Answerable);

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
