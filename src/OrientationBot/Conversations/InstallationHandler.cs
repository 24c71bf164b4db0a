using OrientationBot.Cards;
using OrientationBot.Knowledge.Units;
using OrientationBot.Protocol.Activities;
using OrientationBot.Storage;

namespace OrientationBot.Conversations;

/// <summary>
/// Install and uninstall. Teams sends both a <c>conversationUpdate</c> adding the bot and an <c>installationUpdate</c>
/// add (brief §6.2), in either order: whichever comes first sends the welcome, once. Uninstall, or the bot being
/// removed from a chat or team, deletes everything stored for the conversation (§6.3).
/// </summary>
internal sealed class InstallationHandler(
    UnitDirectory directory, IBotStore store, StoreWriter writer, ConversationRecorder recorder, TimeProvider time)
{
    public async Task<TurnOutcome> HandleAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
            return TurnOutcome.Ignored("no conversation");

        if (IsRemoval(activity))
        {
            await recorder.ForgetAsync(conversationId, cancellationToken);
            return new TurnOutcome("uninstalled");
        }

        if (!IsInstall(activity))
            return TurnOutcome.Ignored("not an install");
        if (!await writer.RunAsync(token => store.TryMarkWelcomedAsync(conversationId, time.GetUtcNow(), token), cancellationToken))
            return new TurnOutcome("installed:already welcomed");
        return new TurnOutcome("installed:welcome")
        {
            Reply = BotReply.Of(WelcomeCard.Build(directory, personal: ChatScope.IsPersonal(activity))),
            // A welcome the Connector refused was never seen: the next install event (or a reinstall) sends it again.
            UndoIfReplyFails = token => writer.RunAsync(t => store.UnmarkWelcomedAsync(conversationId, t), token),
        };
    }

    /// <summary>Removal events carry nothing worth recording: the turn forgets the conversation instead.</summary>
    public static bool IsRemoval(CoreActivity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => string.Equals(activity.Action, InstallationActions.Remove, StringComparison.OrdinalIgnoreCase),
        ActivityTypes.ConversationUpdate => activity.RemovesRecipient(),
        _ => false,
    };

    // An upgrade ("add-upgrade") is not a new install: the user was welcomed when they first installed.
    private static bool IsInstall(CoreActivity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => string.Equals(activity.Action, InstallationActions.Add, StringComparison.OrdinalIgnoreCase),
        ActivityTypes.ConversationUpdate => activity.AddsRecipient(),
        _ => false,
    };
}
