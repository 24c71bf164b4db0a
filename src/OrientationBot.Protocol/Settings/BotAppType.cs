namespace OrientationBot.Protocol.Settings;

/// <summary>How the bot's Entra identity is registered, which decides where its outbound token comes from (brief §1.6).</summary>
public enum BotAppType
{
    /// <summary>An app registration in one tenant; tokens come from that tenant. The only kind Azure still creates.</summary>
    SingleTenant,

    /// <summary>A legacy multi-tenant registration; tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>A user-assigned managed identity whose client id is the app id; no password.</summary>
    UserAssignedMSI,
}
