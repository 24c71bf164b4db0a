using OrientationBot.Knowledge;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Protocol;

namespace OrientationBot.Endpoints;

/// <summary>
/// The local chat (local mode only): a page at / that posts Teams-shaped activities to /api/messages, and the
/// transcript of what the bot sent, which the page reads back from <see cref="LocalConnector"/>.
/// </summary>
internal static class LocalChatEndpoints
{
    /// <summary>Microsoft's card renderer, if the test tools are installed (npm ci --prefix tests/tools); never a CDN.</summary>
    private const string RendererFile = "tests/tools/node_modules/adaptivecards/dist/adaptivecards.min.js";

    public static WebApplication MapLocalChat(this WebApplication app)
    {
        // Said when serving starts, not when mapping: sub-commands map the endpoints too but never serve them.
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LocalChatEnabled());
        app.MapGet("/", () => Results.Content(LocalChatPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/local/conversations/{conversationId}/activities", (string conversationId, int? after, LocalConnector connector) =>
        {
            var (activities, next) = connector.Read(conversationId, after ?? 0);
            var json = new JsonObject
            {
                ["activities"] = new JsonArray([.. activities.Select(a => JsonSerializer.SerializeToNode(a, ProtocolJsonContext.Default.CoreActivity))]),
                ["next"] = next,
            };
            return Results.Text(json.ToJsonString(), "application/json");
        });
        app.MapGet("/local/adaptivecards.js", (IHostEnvironment environment) =>
            PathSearch.FindAbove(RendererFile, environment.ContentRootPath, File.Exists) is { } path
                ? Results.File(path, "text/javascript")
                : Results.NotFound());
        return app;
    }
}
