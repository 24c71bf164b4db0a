using Xunit.Sdk;

namespace OrientationBot.Tests.Support;

/// <summary>
/// A store contract test: written once on the abstract class, run by each store's subclass. Skipped, saying why,
/// in a subclass marked <see cref="NeedsPostgresAttribute"/> when no test server is configured; a plain [Fact]
/// cannot do that, because its Skip is the same for every subclass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("OrientationBot.Tests.Support.StoreFactDiscoverer", "OrientationBot.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
