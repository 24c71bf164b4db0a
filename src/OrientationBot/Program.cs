using OrientationBot.Hosting;

var builder = WebApplication.CreateBuilder(BotHostDefaults.For(args)); // content root and environment, whatever the working directory
builder.UseDefaultUrls();                          // :3978 unless ASPNETCORE_URLS, --urls or Urls says otherwise
builder.UseCommandLineFriendlyLogging(args);       // sub-commands log to stderr so their stdout pipes cleanly

builder.Services.AddBotSettings(builder.Configuration); // MicrosoftApp* settings, bound and validated at start-up
builder.Services.AddKnowledge();                   // knowledge/ → repaired text → unit directory → Lucene.Net index → answers
builder.Services.AddBotProtocol();                 // JWT checks, Connector client with retries
builder.Services.AddConversations();               // activity → answer → Adaptive Card
builder.Services.AddLocalChat();                   // local mode: chat page replies stay in memory, /api/messages ones go to their serviceUrl
builder.Services.AddTips();                        // store, schedule, hosted sender
builder.Services.AddProblemDetails();

var app = builder.Build();
if (!app.SettingsAreValid())                       // a bad setting: one line naming it and the fix, exit code 1
    return 1;
app.MapBotEndpoints();                             // /api/messages, local chat in local mode
app.MapHealth();                                   // /healthz: index, store, Connector token, secret expiry
return await app.RunOrExecuteCommandAsync(args);   // no arguments: serve; otherwise run the sub-command
