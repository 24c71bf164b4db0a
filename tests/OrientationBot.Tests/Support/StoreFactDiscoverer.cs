using Xunit.Abstractions;
using Xunit.Sdk;

namespace OrientationBot.Tests.Support;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests per concrete class, skipping PostgreSQL ones without a server.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute).AssemblyQualifiedName).Any();
        if (needsPostgres && TestPostgres.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }
        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
