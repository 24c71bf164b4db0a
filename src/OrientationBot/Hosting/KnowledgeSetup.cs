using System.Diagnostics;
using Microsoft.Extensions.Options;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Guide;
using OrientationBot.Knowledge.Search;
using OrientationBot.Knowledge.Units;

namespace OrientationBot.Hosting;

internal static class KnowledgeSetup
{
    /// <summary>knowledge/ → repaired text → unit directory → Lucene.Net index → answerer; read once, at first use (start-up for the web host).</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration("Knowledge")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Knowledge:Directory is empty: set it to the folder that holds e-guide.txt (default \"knowledge\").")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("OrientationBot.Knowledge");
            var folder = KnowledgeFiles.Locate(options.Directory, environment.ContentRootPath);
            var watch = Stopwatch.StartNew();
            var directory = KnowledgeFiles.Load(folder);
            logger.KnowledgeLoaded(directory.Units.Count, directory.Glossary.Count, watch.ElapsedMilliseconds);
            return directory;
        });
        services.AddSingleton<IUnitIndex>(sp => new LuceneUnitIndex(sp.GetRequiredService<UnitDirectory>()));
        services.AddSingleton<IAnswerer>(sp => new Answerer(sp.GetRequiredService<UnitDirectory>(), sp.GetRequiredService<IUnitIndex>()));
        return services;
    }
}
