using Microsoft.Extensions.DependencyInjection;
using MineAction.Web.Components.Shared;

namespace MineAction.Ui.Tests.Components;

/// <summary>Every table says when it has nothing to show: one row across it, gone as soon as there is a row.</summary>
public sealed class EmptyRowTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();

    public Task InitializeAsync()
    {
        _ctx.Services.AddLocalization();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    [Fact]
    public void An_empty_table_says_so_across_its_columns()
    {
        var row = _ctx.Render<EmptyRow>(p => p.Add(r => r.Items, Array.Empty<string>()).Add(r => r.Columns, 4));
        var cell = row.Find("tr.empty-row td");
        Assert.Equal("4", cell.GetAttribute("colspan"));
        Assert.Equal("Nothing recorded yet.", cell.TextContent);

        var told = _ctx.Render<EmptyRow>(p => p.Add(r => r.Items, new List<int>()).AddChildContent("No visit yet."));
        Assert.Equal("No visit yet.", told.Find("td").TextContent);
    }

    [Fact]
    public void A_table_with_rows_shows_no_empty_row() =>
        Assert.Empty(_ctx.Render<EmptyRow>(p => p.Add(r => r.Items, new[] { 1 }).Add(r => r.Columns, 2)).FindAll("tr"));
}
