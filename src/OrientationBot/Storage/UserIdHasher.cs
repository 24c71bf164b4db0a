using System.Security.Cryptography;
using System.Text;
using OrientationBot.Knowledge;

namespace OrientationBot.Storage;

/// <summary>
/// Turns a Teams user id into a stable pseudonym for feedback and unanswered-question records: HMAC-SHA256
/// under a secret salt, so the report can count distinct users without the store holding who they are, and
/// nobody without the salt can test a known id against it.
/// </summary>
internal sealed class UserIdHasher(byte[] salt)
{
    internal const string SaltFileName = "user-hash.salt";

    private const int MaxRemembered = 10_000;

    private readonly byte[] _salt = salt is { Length: > 0 } ? salt : throw new ArgumentException("The salt must not be empty.", nameof(salt));

    // Every turn names its conversation by hash in the log: an HMAC costs more than the rest of a cached answer.
    private readonly BoundedMemo<string, string> _remembered = new(MaxRemembered, StringComparer.Ordinal);

    /// <summary>32 lower-case hex characters (128 bits): plenty to keep a staff population apart.</summary>
    public string Hash(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return _remembered.GetOrAdd(userId, Compute);
    }

    private string Compute(string userId)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_salt, Encoding.UTF8.GetBytes(userId), mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>Uses the configured salt, else the one kept in the data directory, generating it on first use.</summary>
    public static UserIdHasher Create(StorageOptions options, string dataDirectory, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UserHashSalt.Length > 0)
            return new UserIdHasher(Encoding.UTF8.GetBytes(options.UserHashSalt));

        var path = Path.Combine(dataDirectory, SaltFileName);
        if (File.Exists(path))
            return new UserIdHasher(Convert.FromBase64String(File.ReadAllText(path).Trim()));

        PrivateFiles.CreateFolder(dataDirectory);
        var salt = RandomNumberGenerator.GetBytes(32);
        // CreateNew: if another process won the race, its salt is the one to use.
        try
        {
            using (var writer = new StreamWriter(PrivateFiles.CreateNew(path)))
                writer.Write(Convert.ToBase64String(salt));
            logger.UserHashSaltGenerated(SaltFileName);
            return new UserIdHasher(salt);
        }
        catch (IOException) when (File.Exists(path))
        {
            return new UserIdHasher(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }
    }
}
