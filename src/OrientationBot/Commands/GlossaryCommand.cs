using System.CommandLine;
using System.Text.Json;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Commands;

/// <summary>`glossary [--json]`: every acronym the sources define.</summary>
internal static class GlossaryCommand
{
    public static Command Create(IServiceProvider services)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table" };
        var command = new Command("glossary", "Print the acronym glossary") { json };
        command.SetAction(result =>
        {
            var directory = services.GetRequiredService<UnitDirectory>();
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(directory.Glossary.Select(g => new
                {
                    acronym = g.Acronym,
                    expansion = g.Expansion,
                    section = g.Section,
                    unit = g.UnitId is { } id && directory.Find(id) is { } unit ? directory.DisplayName(unit) : null,
                }), CommandOutput.Json));
                return 0;
            }
            var width = directory.Glossary.Max(g => g.Acronym.Length);
            foreach (var entry in directory.Glossary)
                Console.Out.WriteLine($"{entry.Acronym.PadRight(width)}  {entry.Expansion}  [{entry.Section}]");
            return 0;
        });
        return command;
    }
}
