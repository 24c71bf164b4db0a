namespace OrientationBot.Endpoints;

internal static class BotEndpoints
{
    /// <summary>/api/messages for the Bot Connector, and the local chat in local mode only (/healthz is Hosting's MapHealth).</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);

        // Never mapped with authentication on: the page posts unauthenticated activities and shows every reply.
        if (LocalMode.IsOn(app.Services))
            app.MapLocalChat();
        return app;
    }
}
