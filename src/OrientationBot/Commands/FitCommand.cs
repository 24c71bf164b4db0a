using System.CommandLine;
using System.Globalization;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Answers.Ranking;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Commands;

/// <summary>
/// `fit [--questions FILE…] [--write]`: fits the answerer's <see cref="IntentModel"/> and <see cref="RankingModel"/> on the read question sets,
/// prints what it changed, and with --write replaces the model that ships in OrientationBot.Knowledge.
/// </summary>
internal static class FitCommand
{
    /// <summary>Every set that has been read; never held-out-5.tsv, the one blind set.</summary>
    private static readonly string[] DefaultSets =
        [.. new[] { "questions", "development", "development-2", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-6" }
            .Select(name => $"tests/OrientationBot.Knowledge.Tests/TestData/{name}.tsv")];

    private const string ModelFile = "src/OrientationBot.Knowledge/Answers/Ranking/ranking-model.json";
    private const string IntentModelFile = "intent-model.json";

    /// <summary>The intent model on the sets' labelled questions, after cross-validation beside the hand-written detector.</summary>
    private static IntentModel FitIntents(IReadOnlyList<EvaluationQuestion> set)
    {
        var examples = set.Select(q => (Normalised: QueryNormaliser.Normalise(q.Question), Intent: IntentFitter.Label(q.Kind)))
            .Where(e => e.Intent is not null && !IntentDetector.AsksForMeaning(e.Normalised))
            .Select(e => (e.Normalised, e.Intent!.Value)).ToList();
        var detector = examples.Count(e => IntentDetector.Detect(e.Normalised, false) == e.Item2) / (double)examples.Count;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intent: {examples.Count} labelled questions; hand-written detector {detector:P1}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intent: model, 5-fold cross-validated {IntentFitter.CrossValidate(examples, 5):P1}"));
        return IntentFitter.Fit(examples);
    }

    public static Command Create(IServiceProvider services)
    {
        var questions = new Option<string[]>("--questions")
        {
            Description = "Question sets to fit on (default: every set that has been read; never the blind one)",
            DefaultValueFactory = _ => DefaultSets,
            AllowMultipleArgumentsPerToken = true,
        };
        var write = new Option<bool>("--write") { Description = $"Write the fitted models to {ModelFile} and {IntentModelFile} beside it" };
        var command = new Command("fit", "Fit the ranking and answer-or-decline weights on labelled question sets") { questions, write };
        command.SetAction(result =>
        {
            var files = result.GetValue(questions)!.Select(EvaluateCommand.Locate).ToList();
            var set = files.SelectMany(EvaluationQuestion.Read).ToList();
            var directory = services.GetRequiredService<UnitDirectory>();
            var index = services.GetRequiredService<IUnitIndex>();
            var intents = FitIntents(set);
            var fitter = new RankingFitter(directory, index, intents);
            var model = fitter.Fit(RankingModel.Default, set, Console.Out.WriteLine);

            var evaluator = new Evaluator(directory);
            var before = evaluator.Run("shipped model", new Answerer(directory, index), set);
            var after = evaluator.Run("fitted model", new Answerer(directory, index, new AnswerOptions { Model = model, Intents = intents }), set);
            Console.Out.Write(Evaluator.Report([before, after], listMisses: false));
            if (result.GetValue(write))
            {
                var path = EvaluateCommand.Locate(ModelFile);
                var fittedOn = "`fit` on " + string.Join(" + ", files.Select(Path.GetFileName));
                File.WriteAllText(path, model.ToJson(string.Create(CultureInfo.InvariantCulture,
                    $"{fittedOn} ({set.Count} questions): top-1 {after.Top1Share:P1}, top-3 {after.Top3Share:P1}, unanswerable declined {after.DeclinedShare:P1}")));
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(path)!, IntentModelFile), intents.ToJson(
                    string.Create(CultureInfo.InvariantCulture, $"{fittedOn}: softmax regression, l2 {IntentFitter.DefaultL2}")));
                Console.Out.WriteLine($"Wrote {ModelFile} and {IntentModelFile} beside it; rebuild to ship them.");
            }
            return 0;
        });
        return command;
    }
}
