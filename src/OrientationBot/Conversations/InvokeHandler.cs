using OrientationBot.Protocol.Activities;

namespace OrientationBot.Conversations;

/// <summary>Routes an invoke by name; any name not listed gets 501, as botbuilder answers (brief §4, §4.5).</summary>
internal sealed class InvokeHandler(AdaptiveCardActionHandler cardActions, ComposeExtensionHandler composeExtension)
{
    public async Task<TurnOutcome> HandleAsync(CoreActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Name switch
        {
            InvokeNames.AdaptiveCardAction => await cardActions.HandleAsync(activity, cancellationToken),
            InvokeNames.ComposeExtensionQuery => composeExtension.Query(activity),
            InvokeNames.ComposeExtensionSelectItem => composeExtension.SelectItem(activity),
            _ => new TurnOutcome("invoke:not implemented") { Invoke = InvokeResponse.NotImplemented },
        };
    }
}
