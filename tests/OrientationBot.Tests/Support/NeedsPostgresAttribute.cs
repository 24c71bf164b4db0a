namespace OrientationBot.Tests.Support;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests run against the PostgreSQL test server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;
