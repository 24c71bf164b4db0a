using Microsoft.Extensions.Options;
using OrientationBot.Knowledge;

namespace OrientationBot.Endpoints;

/// <summary>
/// The local chat page's files in the source tree: the page itself, and Microsoft Web Chat's bundle, which the build
/// copies into dist/ when Node.js is there (ChatPage/ChatPage.targets). Looked up per request, so a page built while
/// the bot runs is served without a restart.
/// </summary>
internal sealed class ChatPageFiles(IOptions<LocalChatOptions> options, IHostEnvironment environment)
{
    /// <summary>The page, or null when the folder is not found.</summary>
    public string? Page => Find("index.html");

    /// <summary>Web Chat's standalone bundle, or null until the build has fetched it.</summary>
    public string? Bundle => Find(Path.Combine("dist", "webchat.js"));

    private string? Find(string file) =>
        PathSearch.FindAbove(Path.Combine(options.Value.PageDirectory, file), environment.ContentRootPath, File.Exists);
}
