using System.Diagnostics;
using Microsoft.Extensions.Options;
using OrientationBot.Knowledge.Answers;
using OrientationBot.Knowledge.Units;
using OrientationBot.Protocol.Connector;
using OrientationBot.Protocol.Settings;
using OrientationBot.Storage;

namespace OrientationBot.Hosting;

/// <summary>
/// GET /healthz: the index is loaded and answers, the store takes writes, and (when credentials are
/// configured) a Connector token can be acquired. Also warns ahead of the client secret's expiry, the
/// commonest outage of Teams bots. 200 when every check passes, 503 otherwise; never a secret, nor the secret's
/// expiry date, in the body (that is in the log).
/// </summary>
/// <remarks>
/// The endpoint answers anyone, so one result serves every caller for <see cref="Freshness"/>: a flood of calls while
/// the identity provider refuses the token is one token request and one logged error, not one per call.
/// </remarks>
internal static class HealthEndpoint
{
    private static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(30);

    /// <summary>How long one check's result answers every caller.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    public static WebApplication MapHealth(this WebApplication app)
    {
        var latest = new LatestCheck();
        app.MapGet("/healthz", (IServiceProvider services, IOptions<BotCredentials> credentials, TimeProvider clock, ILogger<LatestCheck> logger) =>
            latest.GetAsync(clock, () => CheckAsync(services, credentials, clock, logger)));
        var credentials = app.Services.GetRequiredService<IOptions<BotCredentials>>().Value;
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (SecretExpiry(credentials, now) is { Status: not "ok" } expiry)
            app.Logger.AppPasswordExpiring(expiry.Detail);
        return app;
    }

    /// <summary>The result of the last check, reused while it is fresh; concurrent callers wait for the same check.</summary>
    private sealed class LatestCheck
    {
        private readonly Lock _gate = new();
        private (DateTimeOffset At, Task<IResult> Result)? _latest;

        public Task<IResult> GetAsync(TimeProvider clock, Func<Task<IResult>> check)
        {
            var now = clock.GetUtcNow();
            lock (_gate)
            {
                if (_latest is not { } latest || now - latest.At >= Freshness)
                    _latest = latest = (now, check());
                return latest.Result;
            }
        }
    }

    private static async Task<IResult> CheckAsync(
        IServiceProvider services, IOptions<BotCredentials> credentials, TimeProvider clock, ILogger logger)
    {
        // Not the caller's token: the result serves every caller of the next few seconds, whoever hangs up.
        var cancellationToken = CancellationToken.None;
        var checks = new Dictionary<string, Check>
        {
            ["index"] = await RunAsync(() =>
            {
                var directory = services.GetRequiredService<UnitDirectory>();
                var answer = services.GetRequiredService<IAnswerer>().Ask("what does the police division do");
                return Task.FromResult(answer.Answered ? $"{directory.Units.Count} units indexed" : throw new InvalidOperationException("the index answers nothing"));
            }),
            ["store"] = await RunAsync(async () =>
            {
                await services.GetRequiredService<IBotStore>().CheckWritableAsync(cancellationToken);
                return "writable";
            }),
        };
        if (!credentials.Value.AuthenticationDisabled)
        {
            checks["connectorToken"] = await RunAsync(async () =>
                await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(cancellationToken) is { Length: > 0 }
                    ? "acquired" : throw new InvalidOperationException("no token returned"));
            if (SecretExpiry(credentials.Value, clock.GetUtcNow()) is { } expiry)
            {
                // The date helps an attacker time a guess and an operator nothing beyond the status: it goes to the log.
                if (expiry.Status != "ok")
                    logger.AppPasswordExpiring(expiry.Detail);
                checks["appPassword"] = expiry with { Detail = Undated(expiry.Status) };
            }
        }
        var healthy = checks.Values.All(c => c.Status != "failed");
        return Results.Json(new { status = healthy ? "healthy" : "unhealthy", checks }, statusCode: healthy ? 200 : 503);
    }

    private static string Undated(string status) => status switch
    {
        "failed" => "expired: create a new client secret and set it (the log says when)",
        "warning" => $"expires within {ExpiryWarning.TotalDays:0} days: create a new client secret (the log says when)",
        _ => $"not due within {ExpiryWarning.TotalDays:0} days",
    };

    private static Check? SecretExpiry(BotCredentials credentials, DateTimeOffset now)
    {
        if (credentials.MicrosoftAppPasswordExpires is not { } expires)
            return null;
        var left = expires - now;
        return left <= TimeSpan.Zero ? new Check("failed", $"MicrosoftAppPassword expired on {expires:yyyy-MM-dd}: create a new client secret and set it.")
            : left <= ExpiryWarning ? new Check("warning", $"MicrosoftAppPassword expires on {expires:yyyy-MM-dd}, in {(int)left.TotalDays} days: create a new client secret before then.")
            : new Check("ok", $"expires on {expires:yyyy-MM-dd}");
    }

    private static async Task<Check> RunAsync(Func<Task<string>> check)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return new Check("ok", await check(), watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's type says what failed; its message might carry a server's words, so it stays in the log.
            return new Check("failed", e.GetType().Name, watch.ElapsedMilliseconds);
        }
    }

    private sealed record Check(string Status, string Detail, long? ElapsedMs = null);
}
