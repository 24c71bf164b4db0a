using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OrientationBot.Storage;

internal static class StorageSetup
{
    /// <summary>
    /// The store and what goes with it: SQLite in the data directory by default, or the PostgreSQL database of
    /// Storage:PostgresConnectionString, with the tenants' send log in process or in that database to match.
    /// The schema is created or migrated while the host starts (before any hosted service registered after this).
    /// </summary>
    public static IServiceCollection AddBotStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration("Storage").ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(sp => NpgsqlDataSource.Create(Options(sp).PostgresConnectionString));
        services.TryAddSingleton<IBotStore>(sp => Options(sp).UsesPostgres
            ? new PostgresBotStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ILogger<PostgresBotStore>>())
            : new SqliteBotStore(Path.Combine(DataDirectory(sp), Options(sp).DatabaseFile), sp.GetRequiredService<ILogger<SqliteBotStore>>()));
        services.TryAddSingleton<ITenantSendLog>(sp => Options(sp).UsesPostgres
            ? new PostgresSendLog(sp.GetRequiredService<NpgsqlDataSource>())
            : new InProcessSendLog());
        services.TryAddSingleton(sp => UserIdHasher.Create(
            Options(sp), DataDirectory(sp), sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UserIdHasher))));
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static string DataDirectory(IServiceProvider services) =>
        Options(services).ResolveDataDirectory(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
