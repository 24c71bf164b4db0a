using System.CommandLine;
using System.Globalization;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Answers.Ranking;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Commands;

/// <summary>
/// `fit [--questions FILE…] [--write]`: fits the answerer's <see cref="RankingModel"/> on the tuning and development sets,
/// prints what it changed, and with --write replaces the model that ships in OrientationBot.Knowledge.
/// </summary>
internal static class FitCommand
{
    private static readonly string[] DefaultSets =
    [
        "tests/OrientationBot.Knowledge.Tests/TestData/questions.tsv",
        "tests/OrientationBot.Knowledge.Tests/TestData/development.tsv",
    ];

    private const string ModelFile = "src/OrientationBot.Knowledge/Answers/Ranking/ranking-model.json";

    public static Command Create(IServiceProvider services)
    {
        var questions = new Option<string[]>("--questions")
        {
            Description = "Question sets to fit on (never a blind set)",
            DefaultValueFactory = _ => DefaultSets,
            AllowMultipleArgumentsPerToken = true,
        };
        var write = new Option<bool>("--write") { Description = $"Write the fitted model to {ModelFile}" };
        var command = new Command("fit", "Fit the ranking and answer-or-decline weights on labelled question sets") { questions, write };
        command.SetAction(result =>
        {
            var files = result.GetValue(questions)!.Select(EvaluateCommand.Locate).ToList();
            var set = files.SelectMany(EvaluationQuestion.Read).ToList();
            var directory = services.GetRequiredService<UnitDirectory>();
            var index = services.GetRequiredService<IUnitIndex>();
            var fitter = new RankingFitter(directory, index);
            var model = fitter.Fit(RankingModel.Default, set, Console.Out.WriteLine);

            var evaluator = new Evaluator(directory);
            var before = evaluator.Run("shipped model", new Answerer(directory, index), set);
            var after = evaluator.Run("fitted model", new Answerer(directory, index, new AnswerOptions { Model = model }), set);
            Console.Out.Write(Evaluator.Report([before, after], listMisses: false));
            if (result.GetValue(write))
            {
                var path = EvaluateCommand.Locate(ModelFile);
                var provenance = string.Create(CultureInfo.InvariantCulture,
                    $"`fit` on {string.Join(" + ", files.Select(Path.GetFileName))} ({set.Count} questions): top-1 {after.Top1Share:P1}, top-3 {after.Top3Share:P1}, unanswerable declined {after.DeclinedShare:P1}");
                File.WriteAllText(path, model.ToJson(provenance));
                Console.Out.WriteLine($"Wrote {ModelFile}; rebuild to ship it.");
            }
            return 0;
        });
        return command;
    }
}
