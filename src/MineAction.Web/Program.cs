using MineAction.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMineAction();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMineAction();
await app.RunAsync();

/// <summary>Entry point; public so the API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
