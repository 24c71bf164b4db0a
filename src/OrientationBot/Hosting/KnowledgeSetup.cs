namespace OrientationBot.Hosting;

internal static class KnowledgeSetup
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services) => services;
}
