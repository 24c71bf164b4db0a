using OrientationBot.Storage;

namespace OrientationBot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    [Theory]
    [InlineData("data", "orientationbot.db", "", null)]
    [InlineData("", "orientationbot.db", "", "Storage:DataDirectory is empty")]
    [InlineData("data", "sub/bot.db", "", "Storage:DatabaseFile 'sub/bot.db' is not a plain file name")]
    [InlineData("data", "orientationbot.db", "tooshort", "Storage:UserHashSalt is only 8 characters long")]
    [InlineData("data", "orientationbot.db", "sixteen-chars-ok", null)]
    public void Validate_Settings_FailsWithAMessageNamingTheSetting(string directory, string file, string salt, string? expected)
    {
        var options = new StorageOptions { DataDirectory = directory, DatabaseFile = file, UserHashSalt = salt };

        var result = new StorageOptionsValidator().Validate(null, options);

        if (expected is null)
            Assert.True(result.Succeeded, result.FailureMessage);
        else
            Assert.Contains(expected, result.FailureMessage);
    }

    [Theory]
    [InlineData("Host=db;Database=bot;Username=bot;Password=s3cret-pw", "sixteen-chars-ok", null)]
    [InlineData("Host=db;Password=s3cret-pw;Colour=blue", "sixteen-chars-ok", "Storage:PostgresConnectionString is not a valid PostgreSQL connection string")]
    [InlineData("Database=bot;Password=s3cret-pw", "sixteen-chars-ok", "Storage:PostgresConnectionString names no Host")]
    [InlineData("Host=db;Password=s3cret-pw", "", "Storage:UserHashSalt is empty while Storage:PostgresConnectionString is set")]
    public void Validate_PostgresConnectionString_FailsNamingTheSettingButNeverThePassword(string connectionString, string salt, string? expected)
    {
        var options = new StorageOptions { PostgresConnectionString = connectionString, UserHashSalt = salt };

        var result = new StorageOptionsValidator().Validate(null, options);

        if (expected is null)
            Assert.True(result.Succeeded, result.FailureMessage);
        else
            Assert.Contains(expected, result.FailureMessage);
        Assert.DoesNotContain("s3cret-pw", result.FailureMessage ?? "");
    }

    [Fact]
    public void ResolveDataDirectory_Relative_IsUnderTheContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "app");

        Assert.Equal(Path.Combine(root, "data"), new StorageOptions().ResolveDataDirectory(root));
    }
}
