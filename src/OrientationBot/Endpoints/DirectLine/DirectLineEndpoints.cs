using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrientationBot.Protocol;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Endpoints.DirectLine;

/// <summary>
/// A Direct Line 3.0 stand-in, mapped in local mode only, just large enough for Web Chat polling: start a conversation,
/// post an activity, get activities after a watermark, refresh a token. What is posted runs through the same turn
/// handler as <c>/api/messages</c>; what the bot sends lands in <see cref="LocalConnector"/>, where the poll reads it.
/// </summary>
/// <remarks>
/// No WebSocket stream (the page polls) and no attachment upload (the page hides the button). An invoke posted here
/// reaches the bot, but its response is not shown: Direct Line does not return invoke responses to its client either,
/// and Web Chat 4.18 sends only Action.Submit, as a message, which is all the bot's cards use.
/// </remarks>
internal static class DirectLineEndpoints
{
    /// <summary>The domain Web Chat's <c>createDirectLine</c> is given, under the bot's origin.</summary>
    public const string Path = "/v3/directline";

    /// <summary>The <c>expires_in</c> Direct Line gives its tokens; Web Chat refreshes at half of it. Tokens here never expire.</summary>
    private const int TokenLifetimeSeconds = 1800;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup(Path);
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", Read);
        directLine.MapPost("/tokens/refresh", Refresh);
        return app;
    }

    /// <summary>
    /// A new conversation, 201 as Direct Line answers. There is no secret in local mode, so any caller may start one.
    /// Teams' install event goes through the bot first, so the welcome card is there on the first poll.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext context, DirectLineConversations conversations, ITurnHandler turns, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        var (conversationId, token) = conversations.Start();
        var installed = DirectLineTranslator.ConversationStarted(conversationId, LocalConnector.ServiceUrl, time.GetUtcNow());
        if (!await TryRunTurnAsync(turns, installed, lifetime))
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        return Json(Conversation(conversationId, token), StatusCodes.Status201Created);
    }

    /// <summary>
    /// The user's activity: echoed into the conversation first, as Direct Line does (Web Chat shows a message as sent
    /// only once it reads it back), then run through the bot as Teams would send it. Answers with the echo's id.
    /// </summary>
    private static async Task<IResult> PostAsync(
        string conversationId,
        HttpContext context,
        DirectLineConversations conversations,
        LocalConnector transcript,
        ITurnHandler turns,
        TimeProvider time,
        IHostApplicationLifetime lifetime)
    {
        if (Refusal(conversationId, context.Request, conversations) is { } refusal)
            return refusal;

        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(context.Request.Body, MessagesEndpoint.MaxBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Results.StatusCode(ex.StatusCode);
        }

        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (MessagesEndpoint.ParseActivity(body) is not { } posted)
            return Results.BadRequest();

        var echo = posted with { Id = null, Conversation = new ConversationAccount { Id = DirectLineTranslator.TeamsConversationId(conversationId) } };
        var id = transcript.Record(echo);
        var activity = DirectLineTranslator.ToTeams(posted, id, conversationId, LocalConnector.ServiceUrl, time.GetUtcNow());
        if (!await TryRunTurnAsync(turns, activity, lifetime))
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        return Json(new JsonObject { ["id"] = id });
    }

    /// <summary>The conversation's activities after the watermark (none given: from the start), and the next watermark.</summary>
    private static IResult Read(
        string conversationId, string? watermark, HttpContext context, DirectLineConversations conversations, LocalConnector transcript)
    {
        if (Refusal(conversationId, context.Request, conversations) is { } refusal)
            return refusal;
        var after = 0;
        if (!string.IsNullOrEmpty(watermark) && !int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after))
            return Results.BadRequest();

        var (activities, next) = transcript.Read(DirectLineTranslator.TeamsConversationId(conversationId), after);
        return Json(new JsonObject
        {
            ["activities"] = new JsonArray([.. activities.Select(a =>
                JsonSerializer.SerializeToNode(DirectLineTranslator.ToClient(a, conversationId), ProtocolJsonContext.Default.CoreActivity))]),
            ["watermark"] = next.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Web Chat refreshes its token every 15 minutes; the same token comes back, still good.</summary>
    private static IResult Refresh(HttpRequest request, DirectLineConversations conversations) =>
        conversations.Find(request.Headers.Authorization) is var (conversationId, token)
            ? Json(Conversation(conversationId, token))
            : Results.StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>Direct Line's answers for a conversation it does not know (404: Web Chat ends it) or a token not its own (403).</summary>
    private static IResult? Refusal(string conversationId, HttpRequest request, DirectLineConversations conversations)
    {
        if (!conversations.Exists(conversationId))
            return Results.NotFound();
        return conversations.Authorizes(conversationId, request.Headers.Authorization)
            ? null
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>False when the bot is shutting down; as on <c>/api/messages</c>, that is the only way a turn fails here.</summary>
    private static async Task<bool> TryRunTurnAsync(ITurnHandler turns, CoreActivity activity, IHostApplicationLifetime lifetime)
    {
        try
        {
            await turns.HandleAsync(activity, lifetime.ApplicationStopping);
            return true;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return false;
        }
    }

    private static JsonObject Conversation(string conversationId, string token) => new()
    {
        ["conversationId"] = conversationId,
        ["token"] = token,
        ["expires_in"] = TokenLifetimeSeconds,
    };

    private static IResult Json(JsonObject body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, statusCode);
}
