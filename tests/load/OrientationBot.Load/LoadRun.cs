using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrientationBot.Load;

/// <summary>
/// Closed-loop users: each of <c>concurrency</c> workers owns a personal chat and asks its next question as soon as the
/// previous answer arrived. A sample is the time from sending the POST until both the HTTP response and the reply on
/// the fake Connector are in; the reply leaves before the response (TurnHandler), so this is the end-to-end time.
/// </summary>
internal sealed class LoadRun(HttpClient client, ReplyCatcher replies, IReadOnlyList<string> questions, string mode)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    public async Task<LoadResult> RunAsync(int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        await RunWorkersAsync(concurrency, warmup, record: null);
        var samples = Enumerable.Range(0, concurrency).Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        await RunWorkersAsync(concurrency, duration, samples);
        watch.Stop();
        process.Refresh();
        var usage = new RunUsage(process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated);
        return LoadResult.From(mode, concurrency, watch.Elapsed, usage, [.. samples.SelectMany(s => s)]);
    }

    private Task RunWorkersAsync(int concurrency, TimeSpan duration, List<double>[]? record)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var run = Guid.NewGuid().ToString("N")[..8];
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(() => WorkAsync(worker, run, until, record?[worker]))));
    }

    private async Task WorkAsync(int worker, string run, long until, List<double>? samples)
    {
        var conversationId = $"a:load-{run}-{worker}";
        for (var n = 0; Stopwatch.GetTimestamp() < until; n++)
        {
            var id = $"{run}-{worker}-{n}";
            var body = Activity(id, conversationId, questions[(worker * 37 + n) % questions.Count]);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

            var started = Stopwatch.GetTimestamp();
            var reply = replies.Expect(id);
            using var response = await client.PostAsync("/api/messages", content);
            response.EnsureSuccessStatusCode();
            await reply.WaitAsync(ReplyTimeout);
            samples?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>A personal-chat question shaped like brief §8.1; built before the clock starts.</summary>
    private static byte[] Activity(string id, string conversationId, string question) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["localTimezone"] = "Europe/Zurich",
        ["serviceUrl"] = "http://127.0.0.1/load/",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + conversationId, ["name"] = "Load" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "load-tenant", ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "28:load-bot", ["name"] = "OrientationBot" },
        ["textFormat"] = "plain",
        ["text"] = question,
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["timezone"] = "Europe/Zurich" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "load-tenant" } },
        ["locale"] = "en-US",
    }.ToJsonString());
}
