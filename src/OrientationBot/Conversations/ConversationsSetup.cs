namespace OrientationBot.Conversations;

internal static class ConversationsSetup
{
    public static IServiceCollection AddConversations(this IServiceCollection services) => services;
}
