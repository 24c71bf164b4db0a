using Npgsql;

namespace OrientationBot.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may use, from the ORIENTATIONBOT_TEST_POSTGRES environment variable (.ci/run starts
/// one and sets it). Each test works in a schema of its own, so runs and parallel tests never see each other's rows.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "ORIENTATIONBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests are skipped, or null when a server is configured.</summary>
    public static string? SkipReason => ConnectionString is null
        ? $"No PostgreSQL server for tests: set {Variable} to an Npgsql connection string (.ci/run starts a server and sets it)."
        : null;

    /// <summary>Creates an empty schema; its connection string puts it first on the search path.</summary>
    public static TestSchema CreateSchema()
    {
        var admin = ConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = "test_" + Guid.NewGuid().ToString("N");
        Execute(admin, $"CREATE SCHEMA {name}");
        var settings = new NpgsqlConnectionStringBuilder(admin) { SearchPath = name };
        return new TestSchema(name, settings.ConnectionString, () => Execute(admin, $"DROP SCHEMA IF EXISTS {name} CASCADE"));
    }

    private static void Execute(string connectionString, string sql)
    {
        // Unpooled: these connections must not keep a test's schema busy after it is dropped.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
