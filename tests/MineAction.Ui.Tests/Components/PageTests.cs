namespace MineAction.Ui.Tests.Components;

/// <summary>Base of the page tests: a bUnit context (<see cref="PageTestContext"/>) on the class's database, signed in as one demo user.</summary>
public abstract class PageTests(UiDatabase database, string email, string role, params string[] policies) : IClassFixture<UiDatabase>, IAsyncLifetime
{
    protected BunitContext Ctx { get; } = PageTestContext.Create(database, email, role, policies);

    protected UiDatabase Database => database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Ctx.DisposeAsync();
}
