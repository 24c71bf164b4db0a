using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrientationBot.Protocol.Settings;
using OrientationBot.Storage;

namespace OrientationBot.Tests.Storage;

/// <summary>
/// Local mode and a bot with credentials keep separate data by default: references recorded from unauthenticated
/// activities must never be trusted with the bot's token.
/// </summary>
public sealed class DataDirectoryDefaultTests
{
    [Theory]
    [InlineData("", StorageOptions.LocalModeDataDirectory)]
    [InlineData("00000000-0000-0000-0000-000000000001", StorageOptions.DefaultDataDirectory)]
    public void DataDirectory_Unset_DependsOnWhetherTheBotHasCredentials(string appId, string expected)
    {
        Assert.Equal(expected, Resolve(appId, configured: null));
    }

    [Fact]
    public void DataDirectory_Configured_IsKeptInEitherMode()
    {
        Assert.Equal("/srv/bot-data", Resolve("", configured: "/srv/bot-data"));
    }

    private static string Resolve(string appId, string? configured)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = appId };
        if (configured is not null)
            settings["Storage:DataDirectory"] = configured;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOptions<BotCredentials>().BindConfiguration("");
        services.AddBotStore();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory;
    }
}
