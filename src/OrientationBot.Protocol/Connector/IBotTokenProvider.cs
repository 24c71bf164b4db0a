namespace OrientationBot.Protocol.Connector;

/// <summary>Supplies the bot's own bearer token for Connector calls (brief §2.1).</summary>
public interface IBotTokenProvider
{
    /// <summary>Returns a valid token, cached until near expiry, or <see langword="null"/> in local mode where no token is sent.</summary>
    /// <param name="cancellationToken">Cancels the token request.</param>
    /// <exception cref="ConnectorException">Entra ID refused or could not be reached.</exception>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
