using MineAction.Web.Hosting;

// Started from another directory (dotnet /srv/mineaction/web/MineAction.Web.dll), the app still reads its appsettings.json and wwwroot
// from where it is installed; `dotnet run` and the tests start it where its appsettings.json is and keep the usual content root.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
});
builder.AddMineAction();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMineAction();
await app.RunAsync();

/// <summary>Entry point; public so the API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
