using Microsoft.Extensions.Logging.Abstractions;
using OrientationBot.Storage;

namespace OrientationBot.Tests.Storage;

public sealed class UserIdHasherTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "orientationbot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Hash_SameIdAndSalt_IsStableAndHidesTheId()
    {
        var hasher = new UserIdHasher([1, 2, 3, 4]);

        var hash = hasher.Hash("29:1abc");

        Assert.Equal(hash, hasher.Hash("29:1abc"));
        Assert.NotEqual(hash, hasher.Hash("29:1abd"));
        Assert.Matches("^[0-9a-f]{32}$", hash);
        Assert.DoesNotContain("1abc", hash);
    }

    [Fact]
    public void Hash_WithAnotherSalt_Differs()
    {
        Assert.NotEqual(new UserIdHasher([1]).Hash("29:1abc"), new UserIdHasher([2]).Hash("29:1abc"));
    }

    [Fact]
    public void Create_WithoutAConfiguredSalt_GeneratesOneInTheDataDirectoryAndReusesIt()
    {
        var options = new StorageOptions();

        var first = UserIdHasher.Create(options, _folder, NullLogger.Instance);
        var second = UserIdHasher.Create(options, _folder, NullLogger.Instance);

        Assert.True(File.Exists(Path.Combine(_folder, UserIdHasher.SaltFileName)));
        Assert.Equal(first.Hash("29:x"), second.Hash("29:x"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, UserIdHasher.SaltFileName)));
    }

    [Fact]
    public void Create_WithAConfiguredSalt_UsesItAndWritesNoFile()
    {
        var options = new StorageOptions { UserHashSalt = "a-long-enough-secret-salt" };

        var hasher = UserIdHasher.Create(options, _folder, NullLogger.Instance);

        Assert.Equal(new UserIdHasher("a-long-enough-secret-salt"u8.ToArray()).Hash("29:x"), hasher.Hash("29:x"));
        Assert.False(File.Exists(Path.Combine(_folder, UserIdHasher.SaltFileName)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
