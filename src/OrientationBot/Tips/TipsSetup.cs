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
        var configured = services.GetRequiredService<IOptions<TipsOptions>>().Value.CatalogueFile;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        // TipsOptionsValidator has already reported a missing file by name at start-up.
        var path = PathSearch.FindAbove(configured, contentRoot, File.Exists)
            ?? throw new FileNotFoundException($"Tips:CatalogueFile '{configured}' was not found in '{contentRoot}' or any folder above it.", configured);
        var programme = new TipProgramme(TipCatalogue.Load(path), services.GetService<UnitDirectory>());
        services.GetRequiredService<ILogger<TipProgramme>>().TipProgrammeLoaded(programme.CuratedCount, configured, programme.UnitTipCount);
        return programme;
    }
}
