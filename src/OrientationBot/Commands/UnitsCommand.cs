using System.CommandLine;
using System.Text.Json;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Commands;

/// <summary>`units [--json]`: the unit tree as the guide's organigrammes draw it.</summary>
internal static class UnitsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of units instead of the indented tree" };
        var command = new Command("units", "Print the unit directory as an indented tree") { json };
        command.SetAction(result =>
        {
            var directory = services.GetRequiredService<UnitDirectory>();
            Console.Out.Write(result.GetValue(json) ? ToJson(directory) : ToTree(directory));
            return 0;
        });
        return command;
    }

    internal static string ToTree(UnitDirectory directory)
    {
        var text = new System.Text.StringBuilder();
        void Write(Unit unit, int depth)
        {
            var acronyms = unit.Acronyms.Count > 0 ? $" ({string.Join(", ", unit.Acronyms)})" : "";
            text.Append(' ', depth * 2).Append(unit.Name).Append(acronyms).Append('\n');
            foreach (var child in directory.Children(unit))
                Write(child, depth + 1);
        }
        foreach (var root in directory.Roots)
            Write(root, 0);
        return text.ToString();
    }

    internal static string ToJson(UnitDirectory directory) =>
        JsonSerializer.Serialize(directory.Units.Select(u => new
        {
            id = u.Id,
            name = u.Name,
            displayName = directory.DisplayName(u),
            acronyms = u.Acronyms,
            kind = u.Kind.ToString(),
            parent = directory.Parent(u) is { } p ? directory.DisplayName(p) : null,
            children = directory.Children(u).Select(directory.DisplayName),
            summary = u.Summary,
            websites = u.Websites.Select(w => new { label = w.Label, url = w.Url }),
            emails = u.Emails,
            section = u.Section,
            crossReferences = u.CrossReferences,
            people = u.People.Select(p => new { name = p.Name, role = p.Role }),
        }), CommandOutput.Json) + "\n";
}
