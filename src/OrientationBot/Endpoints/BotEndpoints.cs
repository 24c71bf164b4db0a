namespace OrientationBot.Endpoints;

internal static class BotEndpoints
{
    /// <summary>/api/messages for the Bot Connector; in local mode only, the chat page and its Direct Line stand-in (/healthz is Hosting's MapHealth).</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(MessagesEndpoint.Path, MessagesEndpoint.HandleAsync);

        // Never mapped with authentication on: the stand-in runs unauthenticated activities through the bot and shows every reply.
        if (LocalMode.IsOn(app.Services))
            app.MapLocalChat();
        return app;
    }
}
