using System.CommandLine;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Commands;

/// <summary>
/// `ask "question"` prints the answer as a person reads it, with --explain also why; `ask --json` answers one question per
/// line of standard input.
/// </summary>
internal static class AskCommand
{
    public static Command Create(IServiceProvider services)
    {
        var question = new Argument<string?>("question") { Description = "The question, as you would type it in Teams", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Read one question per line from standard input and write one JSON line per answer" };
        var explain = new Option<bool>("--explain") { Description = "Also print the ranking's candidates with their features, and what the decision weighed" };
        var command = new Command("ask", "Ask the bot a question") { question, json, explain };
        command.SetAction(async (result, cancellationToken) =>
        {
            var answerer = services.GetRequiredService<IAnswerer>();
            var directory = services.GetRequiredService<UnitDirectory>();
            if (result.GetValue(json))
            {
                while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.Trim().Length > 0)
                        await Console.Out.WriteLineAsync(AnswerJson.Format(answerer.Ask(line), directory));
                }
                return 0;
            }
            var text = result.GetValue(question);
            if (string.IsNullOrWhiteSpace(text))
            {
                await Console.Error.WriteLineAsync("Give a question, e.g. ask \"who looks after quick impact projects\", or use --json with questions on standard input.");
                return 2;
            }
            var answer = answerer.Ask(text);
            await Console.Out.WriteLineAsync(AnswerText.Format(answer, directory));
            if (result.GetValue(explain) && answerer is Answerer ranked)
                await Console.Out.WriteAsync(RankingExplanation.Format(answer, ranked.Candidates(text)));
            return 0;
        });
        return command;
    }
}
