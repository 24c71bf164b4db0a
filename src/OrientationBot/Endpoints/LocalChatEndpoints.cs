using OrientationBot.Endpoints.DirectLine;

namespace OrientationBot.Endpoints;

/// <summary>
/// The local chat (local mode only): Microsoft Web Chat at /, talking to the bot through the Direct Line stand-in at
/// <see cref="DirectLineEndpoints.Path"/>. Until the build has fetched Web Chat, / says what to install instead.
/// </summary>
internal static class LocalChatEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static WebApplication MapLocalChat(this WebApplication app)
    {
        // Said when serving starts, not when mapping: sub-commands map the endpoints too but never serve them.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            app.Logger.LocalChatEnabled();
            if (app.Services.GetRequiredService<ChatPageFiles>().Bundle is null)
                app.Logger.WebChatNotBuilt();
        });
        app.MapGet("/", (ChatPageFiles files) => files is { Page: { } page, Bundle: not null }
            ? Results.File(page, Html)
            : Results.Content(MissingWebChatPage.Html, Html));
        app.MapGet("/webchat.js", (ChatPageFiles files) => files.Bundle is { } bundle
            ? Results.File(bundle, "text/javascript")
            : Results.NotFound());
        app.MapDirectLine();
        return app;
    }
}
