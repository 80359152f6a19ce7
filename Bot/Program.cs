using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Exports;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Hosting;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Protocol;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTrialClock(builder.Configuration, builder.Environment);
builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddRosterImport(builder.Configuration);
builder.Services.AddBotFeatures(builder.Configuration);
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddProblemDetails();

var app = builder.Build();

if (string.IsNullOrWhiteSpace(app.Configuration["MicrosoftAppId"]))
{
    app.Logger.LogWarning(
        "MicrosoftAppId is not set: AUTHENTICATION IS OFF and /api/messages accepts unauthenticated requests from anyone. "
        + "This is allowed only in the Development environment, for the local Playground.");
}

// Never show a stack trace: an unhandled error is a bare 500, logged with its detail.
app.UseExceptionHandler(error => error.Run(context =>
{
    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
    return Task.CompletedTask;
}));

app.MapGet("/healthz", () => Results.Text("ok"));
app.MapInfoPages();
app.MapBotMessages();
app.MapExports();
app.MapCharts();

app.Run();

/// <summary>Entry point; public so functional tests can host the bot with WebApplicationFactory.</summary>
public partial class Program;
