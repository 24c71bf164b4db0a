using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Support;

/// <summary>What Web Chat's Direct Line client does over HTTP, polling: start, post, read after a watermark.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public const string Path = "/v3/directline";

    public string ConversationId { get; private set; } = "";

    public string Token { get; private set; } = "";

    public async Task<HttpResponseMessage> StartAsync()
    {
        var response = await http.PostAsync(Path + "/conversations", null);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            var conversation = await response.ReadJsonAsync();
            ConversationId = (string)conversation["conversationId"]!;
            Token = (string)conversation["token"]!;
        }

        return response;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = Request(HttpMethod.Post, $"/conversations/{ConversationId}/activities", token);
        request.Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync(string? watermark = null, string? token = null, string? conversationId = null)
    {
        using var request = Request(HttpMethod.Get, $"/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}", token);
        return await http.SendAsync(request);
    }

    /// <summary>The activities after the watermark, and the next watermark; asserts the read succeeds.</summary>
    public async Task<(JsonArray Activities, string Watermark)> ReadAsync(string? watermark = null)
    {
        using var response = await GetAsync(watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return (body["activities"]!.AsArray(), (string)body["watermark"]!);
    }

    public async Task<HttpResponseMessage> RefreshAsync(string? token = null)
    {
        using var request = Request(HttpMethod.Post, "/tokens/refresh", token);
        return await http.SendAsync(request);
    }

    /// <summary>A message as Web Chat posts it: its own user, the clientActivityID it waits to see echoed.</summary>
    public static JsonObject WebChatMessage(string? text = null, JsonObject? value = null)
    {
        var message = new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = "webchat",
            ["from"] = new JsonObject { ["id"] = "web-chat-user", ["name"] = "Amina", ["role"] = "user" },
            ["locale"] = "en-GB",
            ["localTimezone"] = "Europe/Zurich",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-" + Guid.NewGuid().ToString("N") },
        };
        if (text is not null)
            message["text"] = text;
        if (value is not null)
            message["value"] = value;
        return message;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? token) =>
        new(method, Path + path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token) } };
}
