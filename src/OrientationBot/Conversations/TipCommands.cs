using System.Globalization;
using Microsoft.Extensions.Options;
using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// The tip commands over <see cref="TipSubscriptions"/>. Tips are personal: in a group chat or channel the bot says
/// so instead of subscribing everyone there. Confirmations are plain text; a tip itself is a card.
/// </summary>
internal sealed class TipCommands(
    TipSubscriptions subscriptions, ConversationReferences references, StoreWriter writer, UnitDirectory directory, IOptions<TipsOptions> options)
    : ITipCommands
{
    /// <remarks>A command reads and writes the subscription and the ledger: it runs whole, as one of the layer's writes.</remarks>
    public Task<TurnOutcome> ExecuteAsync(TipCommand command, CoreActivity activity, CancellationToken cancellationToken) =>
        writer.RunAsync(token => ExecuteCoreAsync(command, activity, token), cancellationToken);

    private async Task<TurnOutcome> ExecuteCoreAsync(TipCommand command, CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(activity);
        var intent = $"tips:{command.Kind}";
        if (!command.IsValid)
            return Say(intent, command.Error!);
        if (!ChatScope.IsPersonal(activity))
            return Say(intent, "Daily tips come in a personal chat with me: open a chat with OrientationBot and type **tips on** there.");
        if (references.Of(activity) is not { } conversation)
            return Ignored(intent);

        var id = conversation.ConversationId;
        switch (command.Kind)
        {
            case TipCommandKind.TipsOn:
                var subscribed = await subscriptions.SubscribeAsync(conversation, command.Time, command.StartDate, cancellationToken);
                return Say(intent, $"Daily tips are on: one each working day at {Clock(subscribed.DeliveryTime)} your time. " +
                    "Type **tips at 8:30** to move them, **tips off** to stop.");

            case TipCommandKind.TipsOff:
                return await subscriptions.PauseAsync(id, cancellationToken) is null
                    ? Say(intent, "You have no daily tips to stop. Type **tips on** to start them.")
                    : Say(intent, "Daily tips are paused. Type **tips on** whenever you want them back; you'll carry on where you left off.");

            case TipCommandKind.TipsAt:
                // Naming a time is as clear an opt-in as "tips on", so it subscribes when there is nothing to move.
                var moved = await subscriptions.ChangeTimeAsync(id, command.Time!.Value, cancellationToken)
                    ?? await subscriptions.SubscribeAsync(conversation, command.Time, null, cancellationToken);
                return Say(intent, $"Your daily tip now comes at {Clock(moved.DeliveryTime)} your time, each working day.");

            case TipCommandKind.StartDate:
                return await subscriptions.SetStartDateAsync(id, command.StartDate!.Value, cancellationToken) is { } dated
                    ? Say(intent, $"Noted: your tips follow your first weeks from {dated.StartDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.")
                    : Say(intent, "Type **tips on** first, then tell me your start date.");

            case TipCommandKind.NextTip:
                return await NextTipAsync(id, intent, cancellationToken);

            default:
                return Ignored(intent);
        }
    }

    private async Task<TurnOutcome> NextTipAsync(string conversationId, string intent, CancellationToken cancellationToken)
    {
        var tip = await subscriptions.NextTipNowAsync(conversationId, cancellationToken);
        if (tip is null)
            return Say(intent, "You've seen every tip I have. Ask me about any unit whenever you like.");
        var subscription = await subscriptions.GetAsync(conversationId, cancellationToken);
        var about = tip.UnitId is null ? null : directory.Find(tip.UnitId);
        var card = TipCard.Build(tip.Title, tip.Text, about, tip.Section, subscription?.DeliveryTime ?? options.Value.DefaultDeliveryTime);
        return new TurnOutcome(intent, about?.Id) { Reply = BotReply.Of(card) };
    }

    private static TurnOutcome Say(string intent, string text) => new(intent) { Reply = BotReply.Say(text) };

    private static TurnOutcome Ignored(string intent) => TurnOutcome.Ignored(intent);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
