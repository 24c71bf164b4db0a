using Microsoft.Extensions.Options;
using OrientationBot.Protocol.Settings;

namespace OrientationBot.Endpoints;

/// <summary>
/// Local mode: no MicrosoftAppId and the Development environment, the same two conditions under which the protocol
/// accepts requests without a token (brief §1.4). Only then do the local chat page and its Connector stand-in exist.
/// </summary>
internal static class LocalMode
{
    public static bool IsOn(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            return services.GetRequiredService<IOptions<BotCredentials>>().Value.AuthenticationDisabled
                && services.GetRequiredService<IHostEnvironment>().IsDevelopment();
        }
        catch (OptionsValidationException)
        {
            // Start-up validation reports the bad settings by name; a bad configuration is never local mode.
            return false;
        }
    }
}
