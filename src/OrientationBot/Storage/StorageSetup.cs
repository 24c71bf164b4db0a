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
        services.AddOptions<StorageOptions>().BindConfiguration("Storage")
            .PostConfigure<IOptions<OrientationBot.Protocol.Settings.BotCredentials>, IConfiguration>((options, credentials, configuration) =>
            {
                // Unset in local mode: data of its own (see StorageOptions.LocalModeDataDirectory).
                if (credentials.Value.AuthenticationDisabled && string.IsNullOrWhiteSpace(configuration["Storage:DataDirectory"]))
                    options.DataDirectory = StorageOptions.LocalModeDataDirectory;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(sp => NpgsqlDataSource.Create(Options(sp).PostgresConnectionString));
        services.TryAddSingleton<IBotStore>(sp => Options(sp).UsesPostgres
            ? new PostgresBotStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ILogger<PostgresBotStore>>())
            : new SqliteBotStore(SqliteFile(sp)!, sp.GetRequiredService<ILogger<SqliteBotStore>>()));
        services.TryAddSingleton<ITenantSendLog>(sp => Options(sp).UsesPostgres
            ? new PostgresSendLog(sp.GetRequiredService<NpgsqlDataSource>())
            : new InProcessSendLog());
        services.TryAddSingleton(sp => UserIdHasher.Create(
            Options(sp), DataDirectory(sp), sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UserIdHasher))));
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>
    /// Which store the settings name, for a person to check: the SQLite file's full path, or the PostgreSQL database
    /// and host (never the password).
    /// </summary>
    public static string DescribeStore(this IServiceProvider services)
    {
        var options = Options(services);
        if (!options.UsesPostgres)
            return $"the SQLite database {SqliteFile(services)}";
        var connection = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
        return $"the PostgreSQL database '{connection.Database}' on {connection.Host}:{connection.Port}";
    }

    /// <summary>The SQLite file the settings name, or null when the store is PostgreSQL.</summary>
    public static string? SqliteFile(this IServiceProvider services) =>
        Options(services).UsesPostgres ? null : Path.Combine(DataDirectory(services), Options(services).DatabaseFile);

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static string DataDirectory(IServiceProvider services) =>
        Options(services).ResolveDataDirectory(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
