namespace OrientationBot.Tips;

internal static class TipsSetup
{
    public static IServiceCollection AddTips(this IServiceCollection services) => services;
}
