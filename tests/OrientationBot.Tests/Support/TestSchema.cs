using Npgsql;

namespace OrientationBot.Tests.Support;

/// <summary>A throwaway PostgreSQL schema (<see cref="TestPostgres.CreateSchema"/>): data sources opened on it close, then it is dropped.</summary>
internal sealed class TestSchema(string name, string connectionString, Action drop) : IDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public string Name { get; } = name;

    /// <summary>Connects with the schema first on the search path, as Storage:PostgresConnectionString would.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>A data source of its own, as each bot instance has; <paramref name="instance"/> names it in pg_stat_activity.</summary>
    public NpgsqlDataSource NewDataSource(string instance = "test")
    {
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = instance }.ConnectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }

    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
            dataSource.Dispose();
        NpgsqlConnection.ClearAllPools();
        drop();
    }
}
