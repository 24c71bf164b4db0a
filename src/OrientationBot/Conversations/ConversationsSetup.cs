using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrientationBot.Conversations;

internal static class ConversationsSetup
{
    /// <summary>
    /// A turn from activity to reply: the handlers per activity type, the tip commands and the feedback report.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration("Conversations").ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<StoreWriter>();
        services.TryAddSingleton<ConversationRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationRecorder>());
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<RedeliveryFilter>();
        services.TryAddSingleton<UnansweredQuestions>();
        services.AddHostedService(sp => sp.GetRequiredService<UnansweredQuestions>());
        services.TryAddSingleton<QuestionResponder>();
        services.TryAddSingleton<ITipCommands, TipCommands>();
        services.TryAddSingleton<CardActionHandler>();
        services.TryAddSingleton<MessageHandler>();
        services.TryAddSingleton<InstallationHandler>();
        services.TryAddSingleton<UnitSearch>();
        services.TryAddSingleton<ComposeExtensionHandler>();
        services.TryAddSingleton<AdaptiveCardActionHandler>();
        services.TryAddSingleton<InvokeHandler>();
        services.TryAddSingleton<TurnMetrics>();
        services.TryAddSingleton<ConversationReferences>();
        services.TryAddSingleton<ITurnHandler, TurnHandler>();
        services.TryAddSingleton<FeedbackReport>();
        return services;
    }
}
