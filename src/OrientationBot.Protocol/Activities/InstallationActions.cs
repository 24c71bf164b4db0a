namespace OrientationBot.Protocol.Activities;

/// <summary>The <c>action</c> values of an <c>installationUpdate</c> activity (brief §3.2, §6.3).</summary>
public static class InstallationActions
{
    /// <summary>The app was installed.</summary>
    public const string Add = "add";

    /// <summary>The app was uninstalled.</summary>
    public const string Remove = "remove";

    /// <summary>The app was upgraded and stays installed.</summary>
    public const string AddUpgrade = "add-upgrade";

    /// <summary>The app was removed as part of an upgrade.</summary>
    public const string RemoveUpgrade = "remove-upgrade";
}
