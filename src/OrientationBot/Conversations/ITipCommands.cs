using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>
/// The one seam between a turn and the daily tips: "tips on", "tips off", "tip", "tips at 8:30", "start date …",
/// typed or pressed as a button (tipsOn, tipsOff, nextTip, changeTime). The turn does the parsing; this does the rest.
/// </summary>
internal interface ITipCommands
{
    /// <summary>Carries out the command for the activity's conversation and says what happened.</summary>
    Task<TurnOutcome> ExecuteAsync(TipCommand command, CoreActivity activity, CancellationToken cancellationToken);
}
