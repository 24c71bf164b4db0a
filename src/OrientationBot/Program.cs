using OrientationBot.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = SourceTreeEnvironment.Default() });
builder.UseCommandLineFriendlyLogging(args);       // sub-commands log to stderr so their stdout pipes cleanly

builder.Services.AddBotSettings(builder.Configuration); // MicrosoftApp* settings, bound and validated at start-up
builder.Services.AddKnowledge();                   // knowledge/ → repaired text → unit directory → FTS5 index → answers
builder.Services.AddBotProtocol();                 // JWT checks, Connector client with retries
builder.Services.AddConversations();               // activity → answer → Adaptive Card
builder.Services.AddTips();                        // store, schedule, hosted sender
builder.Services.AddProblemDetails();

var app = builder.Build();
app.MapBotEndpoints();                             // /api/messages, local chat in local mode
app.MapHealth();                                   // /healthz: index, store, Connector token, secret expiry
return await app.RunOrExecuteCommandAsync(args);   // no arguments: serve; otherwise run the sub-command
