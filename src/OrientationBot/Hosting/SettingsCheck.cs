using Microsoft.Extensions.Options;

namespace OrientationBot.Hosting;

internal static class SettingsCheck
{
    /// <summary>
    /// Runs every options validator now, before anything is mapped or served. A bad or missing setting is one line on
    /// standard error that names it and the fix (the validators word them so), never a stack trace: an unhandled
    /// exception would abort the process (exit 134) and could dump its memory, secrets and all.
    /// </summary>
    public static bool SettingsAreValid(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception e) when (e is OptionsValidationException or AggregateException { InnerExceptions: [OptionsValidationException, ..] })
        {
            var failures = e is AggregateException all
                ? all.InnerExceptions.OfType<OptionsValidationException>().SelectMany(f => f.Failures)
                : ((OptionsValidationException)e).Failures;
            foreach (var failure in failures.Distinct())
                Console.Error.WriteLine($"OrientationBot cannot start: {failure}");
            return false;
        }
    }
}
