namespace OrientationBot.Endpoints;

/// <summary>What / shows in local mode until the build has fetched Microsoft Web Chat: what to install, and what works meanwhile.</summary>
internal static class MissingWebChatPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>OrientationBot – local chat needs Node.js</title>
        <style>body { font: 16px system-ui, sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5; } code { background: #eee; padding: 0 .3em; }</style>
        </head>
        <body>
        <h1>The local chat page needs Node.js</h1>
        <p>The page is Microsoft Web Chat, which the build fetches with npm. The bot is running, but the build found no
        Node.js, so Web Chat was not fetched.</p>
        <ol>
          <li>Install <b>Node.js 20 or later</b> from <a href="https://nodejs.org">nodejs.org</a> (it brings npm).</li>
          <li>Stop the bot and run <code>dotnet run --project src/OrientationBot</code> again: the build fetches Web Chat once.</li>
          <li>Reload this page.</li>
        </ol>
        <p>Meanwhile the bot answers at <code>/api/messages</code> and at its Direct Line stand-in, <code>/v3/directline</code>;
        <code>OrientationBot.http</code> has examples of both.</p>
        </body>
        </html>
        """;
}
