using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrientationBot.Storage;

namespace OrientationBot.Tests.Support;

/// <summary>
/// Reads the bot's SQLite file directly, for what the store's interface does not expose: that only a salted hash of
/// the user id was kept. Read-only, and only columns the migrations name.
/// </summary>
internal static class StoredRows
{
    public static async Task<List<string>> UserHashesAsync(BotFactory bot, string table)
    {
        var options = bot.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var path = Path.Combine(options.DataDirectory, options.DatabaseFile);
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT user_hash FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var hashes = new List<string>();
        while (await reader.ReadAsync())
            hashes.Add(reader.GetString(0));
        return hashes;
    }
}
