using MineAction.Testing;

namespace MineAction.Ui.Tests.Components;

/// <summary>A clone of the template database for the component tests of one class.</summary>
public sealed class UiDatabase : IAsyncLifetime
{
    public string Name { get; private set; } = string.Empty;

    public string ConnectionString => TestDatabase.ConnectionString(Name);

    public async Task InitializeAsync() => Name = await TestDatabase.CloneAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(Name);
}
