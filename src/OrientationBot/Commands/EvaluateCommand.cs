using OrientationBot.Knowledge;
using System.CommandLine;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Commands;

/// <summary>`evaluate`: the project's question set through the answerer and a plain Lucene.Net BM25 baseline, side by side.</summary>
internal static class EvaluateCommand
{
    private const string DefaultQuestions = "tests/OrientationBot.Knowledge.Tests/TestData/questions.tsv";

    public static Command Create(IServiceProvider services)
    {
        var questions = new Option<string>("--questions") { Description = "A question set (question, expected, kind; tab-separated)", DefaultValueFactory = _ => DefaultQuestions };
        var misses = new Option<bool>("--misses") { Description = "Also list the questions answered wrongly" };
        var command = new Command("evaluate", "Measure answer quality on the project's question set against a plain bm25 baseline") { questions, misses };
        command.SetAction(result =>
        {
            var path = Locate(result.GetValue(questions)!);
            var set = EvaluationQuestion.Read(path);
            var directory = services.GetRequiredService<UnitDirectory>();
            var evaluator = new Evaluator(directory);
            var answerer = services.GetRequiredService<IAnswerer>();
            var baseline = new Bm25Baseline(directory, services.GetRequiredService<IUnitIndex>());
            var results = new[] { evaluator.Run("answerer", answerer, set), evaluator.Run("bm25 baseline", baseline, set) };
            Console.Out.Write(Evaluator.Report(results, result.GetValue(misses)));
            return 0;
        });
        return command;
    }

    /// <summary>The path as given, else relative to the nearest folder above the working directory that has it.</summary>
    internal static string Locate(string path)
    {
        return PathSearch.FindAbove(path, Environment.CurrentDirectory, File.Exists)
            ?? throw new FileNotFoundException($"No question set at '{path}'. Run from the repository, or pass --questions <file>.");
    }
}
