using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// The search-based message extension: <c>composeExtension/query</c> lists units as results with a thumbnail
/// preview (brief §4.3), and <c>composeExtension/selectItem</c> returns the chosen unit's full answer card (§4.4).
/// </summary>
internal sealed class ComposeExtensionHandler(UnitSearch search, UnitDirectory directory, IOptions<ConversationOptions> options)
{
    /// <summary>The manifest's search parameter (brief §7.3 example); any other named parameter is read if it is absent.</summary>
    public const string QueryParameter = "query";

    // Teams' search box is short; the cap bounds the work for a forged long query.
    private const int MaxQueryLength = 200;
    private const int MaxPreviewText = 120;

    public TurnOutcome Query(CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (MessagingExtensionQuery.From(activity.Value) is not { } query)
            return BadRequest("composeExtension:query");

        var max = options.Value.MaxSearchResults;
        var skip = Math.Clamp(query.QueryOptions?.Skip ?? 0, 0, 1000);
        var count = Math.Clamp(query.QueryOptions?.Count ?? max, 1, max);
        var text = SearchText(query);
        var units = search.Find(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text, skip + count).Skip(skip).ToList();
        var response = MessagingExtensionResponse.Results(units.Select(Result));
        return new TurnOutcome(text.Length == 0 ? "search:top" : "search", units.FirstOrDefault()?.Id) { Invoke = InvokeResponse.From(response) };
    }

    public TurnOutcome SelectItem(CoreActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (UnitIdOf(activity.Value) is not { } unitId)
            return BadRequest("composeExtension:selectItem");
        if (UnitAnswers.For(directory, unitId) is not { } answer)
        {
            var gone = MessagingExtensionResponse.Message("That unit is no longer in the e-Guide; search again.");
            return new TurnOutcome("select:unknown") { Invoke = InvokeResponse.From(gone) };
        }

        var response = MessagingExtensionResponse.Results([Result(answer.Unit)]);
        return new TurnOutcome("select", answer.Unit.Id, answer.Confidence) { Invoke = InvokeResponse.From(response) };
    }

    /// <summary>
    /// The unit's answer card, previewed as name (acronym) and a one-line summary; tapping it sends selectItem. The card
    /// goes into a chat the bot may not be in, so it keeps only what works there (<see cref="SharedCard"/>).
    /// </summary>
    private MessagingExtensionAttachment Result(Unit unit)
    {
        var card = SharedCard.From(AnswerCards.For(UnitAnswers.For(directory, unit.Id)!, directory));
        var line = unit.Summary.Length > 0 ? unit.Summary : UnitText.Breadcrumb(unit, directory);
        var thumbnail = new JsonObject
        {
            ["title"] = UnitText.Title(unit, directory),
            ["text"] = Excerpt.Shorten(line.ReplaceLineEndings(" "), MaxPreviewText),
            ["tap"] = new JsonObject { ["type"] = "invoke", ["value"] = new JsonObject { [CardActions.Fields.UnitId] = unit.Id } },
        };
        return MessagingExtensionAttachment.AdaptiveCard(card.Content, thumbnail);
    }

    /// <summary>The "query" parameter, else the first other one; the initialRun query (§8.7) searches for nothing.</summary>
    private static string SearchText(MessagingExtensionQuery query)
    {
        if (query.GetParameterText(MessagingExtensionQuery.InitialRunParameter) is not null)
            return "";
        var named = query.GetParameterText(QueryParameter);
        if (named is not null)
            return named.Trim();
        var other = query.Parameters?.FirstOrDefault(p => p.Name is not null);
        return other?.Name is { } name ? query.GetParameterText(name)?.Trim() ?? "" : "";
    }

    /// <summary>selectItem's value is the preview's tap value verbatim: <c>{"unitId": …}</c>.</summary>
    private static string? UnitIdOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } item
            && item.TryGetProperty(CardActions.Fields.UnitId, out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static TurnOutcome BadRequest(string intent) =>
        new($"{intent}:bad request") { Invoke = new InvokeResponse(StatusCodes.Status400BadRequest, null) };
}
