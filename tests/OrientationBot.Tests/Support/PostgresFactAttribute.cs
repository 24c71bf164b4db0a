namespace OrientationBot.Tests.Support;

/// <summary>A fact that needs a PostgreSQL server: skipped, saying why, when <see cref="TestPostgres.Variable"/> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestPostgres.SkipReason!;
}
