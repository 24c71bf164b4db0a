namespace OrientationBot.Endpoints;

internal static class BotEndpoints
{
    public static WebApplication MapBotEndpoints(this WebApplication app) => app;
}
