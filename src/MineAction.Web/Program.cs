using MineAction.Web.Hosting;

// Started from another directory (dotnet /srv/mineaction/web/MineAction.Web.dll), the app still reads its appsettings.json and wwwroot
// from where it is installed; `dotnet run` and the tests start it where its appsettings.json is and keep the usual content root.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
});
try
{
    builder.AddMineAction();
}
catch (MineAction.Infrastructure.Identity.KeyProtectionMissingException e)
{
    // A refusal the operator fixes in the configuration: one line, no stack trace.
    await Console.Error.WriteLineAsync($"MineAction does not start: {e.Message}");
    return 1;
}

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMineAction();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
