using OrientationBot.Knowledge;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrientationBot.Knowledge.Units;
using OrientationBot.Storage;

namespace OrientationBot.Tips;

internal static class TipsSetup
{
    /// <summary>
    /// The store (with its migrations at start-up), the tip programme, subscriptions and the hosted sender.
    /// Tips go out through the Bot Connector (in local mode, to the local chat's stand-in). A UnitDirectory, if the
    /// knowledge layer registers one, adds the "unit of the day" tips after the curated ones.
    /// </summary>
    public static IServiceCollection AddTips(this IServiceCollection services)
    {
        services.AddOptions<TipsOptions>().BindConfiguration("Tips").ValidateOnStart();
        // tips.json sits in the knowledge folder unless Tips:CatalogueFile says otherwise; bound here too, so that the
        // tips work wherever AddKnowledge is not called (binding twice gives the same values).
        services.AddOptions<KnowledgeOptions>().BindConfiguration("Knowledge");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TipsOptions>, TipsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Hosted services start in registration order: the schema is in place before the sender's first run.
        services.AddBotStore();

        services.TryAddSingleton(CreateProgramme);
        services.TryAddSingleton<TipSubscriptions>();
        services.TryAddSingleton(sp => new TenantSendPacer(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<TipsOptions>>().Value.MaxSendsPerSecondPerTenant,
            sp.GetRequiredService<ITenantSendLog>()));
        services.TryAddSingleton<ITipMessenger, ConnectorTipMessenger>();
        services.TryAddSingleton<TipRun>();
        services.AddHostedService<TipSender>();
        return services;
    }

    private static TipProgramme CreateProgramme(IServiceProvider services)
    {
        var tips = services.GetRequiredService<IOptions<TipsOptions>>().Value;
        var knowledge = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        // TipsOptionsValidator has already reported a missing file by name at start-up.
        var path = TipCatalogueFile.Find(tips, knowledge, contentRoot)
            ?? throw new FileNotFoundException($"{TipCatalogueFile.Describe(tips, knowledge)} was not found in '{contentRoot}' or any folder above it.");
        // The holidays live beside the catalogue, in the knowledge folder; without the file, UN Headquarters' fixed ones apply.
        var days = WorkingDays.Load(Path.Combine(Path.GetDirectoryName(path)!, WorkingDays.FileName));
        var programme = new TipProgramme(TipCatalogue.Load(path), services.GetService<UnitDirectory>(), days);
        services.GetRequiredService<ILogger<TipProgramme>>().TipProgrammeLoaded(programme.CuratedCount, path, programme.UnitTipCount, days.HolidayCount);
        return programme;
    }
}
