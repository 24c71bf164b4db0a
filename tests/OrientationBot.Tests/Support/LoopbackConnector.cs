using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OrientationBot.Tests.Support;

/// <summary>
/// A fake Bot Connector on a loopback port, as the Bot Framework Emulator or an outside harness runs one: it takes
/// every v3 activity the bot sends, answers 200 with an id, and hands each request to the test.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<ConnectorRequest> requests = Channel.CreateUnbounded<ConnectorRequest>();

    private LoopbackConnector(WebApplication app) => this.app = app;

    /// <summary>The service URL to put on activities, ending in a slash as Teams' do.</summary>
    public string ServiceUrl => app.Urls.First() + "/";

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new LoopbackConnector(builder.Build());
        connector.app.MapPost("/v3/conversations/{**path}", async (HttpContext context, string path) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var authorization = context.Request.Headers.Authorization.ToString();
            await connector.requests.Writer.WriteAsync(new ConnectorRequest(path, authorization, body!.AsObject()));
            return Results.Json(new { id = "sent-" + Guid.NewGuid().ToString("N") });
        });
        await connector.app.StartAsync();
        return connector;
    }

    /// <summary>How many requests have arrived and not been taken yet.</summary>
    public int Count => requests.Reader.Count;

    /// <summary>The next request the bot sent; a guard against a hung test, not a timing assertion.</summary>
    public async Task<ConnectorRequest> NextAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await requests.Reader.ReadAsync(guard.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <param name="Path">The path after <c>v3/conversations/</c>.</param>
/// <param name="Authorization">The Authorization header, empty when none was sent.</param>
internal sealed record ConnectorRequest(string Path, string Authorization, JsonObject Activity);
