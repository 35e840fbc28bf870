using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Web.Hosting;
using MudBlazor.Services;

namespace MineAction.Ui.Tests.Components;

/// <summary>A bUnit context for the pages: MudBlazor, the real use cases on the class's database, a signed-in demo user with one role.</summary>
public static class PageTestContext
{
    /// <summary>The context for <paramref name="email"/> in <paramref name="role"/> on <paramref name="database"/>, satisfying <paramref name="policies"/> (bUnit does not evaluate the app's policies).</summary>
    public static BunitContext Create(UiDatabase database, string email, string role, params string[] policies)
    {
        // A page reads the real database: beside the API tests on the 2-core CI machine a read has taken more than bUnit's default 1 s, so
        // every wait without its own timeout allows 10 s (it returns as soon as the assertion holds).
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddMineActionCore(database.ConnectionString);
        context.Services.AddSingleton<ICurrentUser>(new TestUser(email, role));
        context.AddAuthorization().SetAuthorized(email).SetRoles(role).SetPolicies(policies);
        return context;
    }
}
