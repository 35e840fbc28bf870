using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.People;
using Microsoft.AspNetCore.Components;
using MineAction.Web.Components.Pages.People;
using Operations = MineAction.Web.Components.Pages.Operations;
using MineAction.Web.Security;
using MineAction.Web.Components.Shared;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>The accident list reads a page at a time from the server and counts every record (it used to stop at 500 rows; the task list too).</summary>
public sealed class ServerPagedListTests(UiDatabase database) : PageTests(database, "im@tarsenia.example", Roles.InformationManager, Policies.Reviewer, Policies.DataEntry)
{
    private async Task<int> TotalAsync<T>(Mediator.IQuery<Application.Common.PagedResult<T>> query)
    {
        await using var scope = Ctx.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(query)).TotalCount;
    }

    [Fact]
    public async Task The_accident_list_pages_through_every_accident()
    {
        await using (var scope = Ctx.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<Mediator.IMediator>();
            for (var i = 0; i < 55; i++)
            {
                var (lon, lat) = Testing.Builders.Ledger.NextCell();
                await mediator.Send(new RecordAccident.Command(new DateOnly(2024, 1, 1).AddDays(i), GeoPoint.Of(lon + 0.005, lat + 0.005), null, null,
                    Domain.Hazards.DeviceCategory.AntiPersonnelMine, null, Domain.People.ActivityAtTime.Farming, 0, 1, "UI paging"));
            }
        }

        var total = await TotalAsync(new ListAccidents.Query());
        Assert.True(total >= 55);
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<Accidents>();
        page.WaitForAssertion(() =>
        {
            Assert.Contains($"of {total}", page.Find("[data-testid=accidents] .mud-table-page-number-information").TextContent, StringComparison.Ordinal);
            Assert.Equal(50, page.FindAll("[data-testid=accidents] tbody tr").Count);
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_accident_list_keeps_its_page_in_the_address_so_back_returns_to_it()
    {
        await using (var scope = Ctx.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<Mediator.IMediator>();
            for (var i = 0; i < 30; i++)
            {
                var (lon, lat) = Testing.Builders.Ledger.NextCell();
                await mediator.Send(new RecordAccident.Command(new DateOnly(2023, 1, 1).AddDays(i), GeoPoint.Of(lon + 0.005, lat + 0.005), null, null,
                    Domain.Hazards.DeviceCategory.AntiPersonnelMine, null, Domain.People.ActivityAtTime.Farming, 0, 1, "UI address"));
            }
        }

        var navigation = Ctx.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("people/accidents?page=2&size=25");
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<Accidents>();
        page.WaitForAssertion(() => Assert.StartsWith("26-", page.Find("[data-testid=accidents] .mud-table-page-number-information").TextContent.Trim(),
            StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        page.Find("[data-testid=accidents] .mud-table-pagination-actions button[aria-label='First page']").Click();
        page.WaitForAssertion(() => Assert.DoesNotContain("page=", navigation.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("size=25", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_task_list_takes_its_status_filter_from_the_address()
    {
        Ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("operations/tasks?status=Cancelled");
        Ctx.Render<MudPopoverProvider>();
        var page = Ctx.Render<Operations.Tasks>();
        page.WaitForAssertion(() => Assert.Equal("Cancelled", page.Find("[data-testid=task-status-filter]").GetAttribute("data-value")),
            TimeSpan.FromSeconds(10));
    }
}
