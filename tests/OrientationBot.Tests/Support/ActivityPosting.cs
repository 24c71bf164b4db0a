using System.Text;
using System.Text.Json.Nodes;

namespace OrientationBot.Tests.Support;

/// <summary>Posting activities to /api/messages the way the Connector does.</summary>
internal static class ActivityPosting
{
    public const string MessagesPath = "/api/messages";

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonObject activity) =>
        client.PostAsync(MessagesPath, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string contentType = "application/json") =>
        client.PostAsync(MessagesPath, new StringContent(body, Encoding.UTF8, contentType));

    public static Task<HttpResponseMessage> PostBytesAsync(this HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return client.PostAsync(MessagesPath, content);
    }

    /// <summary>Posts an invoke and reads its HTTP answer: the status, and the JSON body unless none is expected.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, JsonObject Body)> InvokeAsync(this HttpClient client, JsonObject activity, bool expectBody = true)
    {
        using var response = await client.PostActivityAsync(activity);
        if (!expectBody)
            return (response.StatusCode, []);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
