using Microsoft.Extensions.DependencyInjection;
using MineAction.Web.Components.Pages.LandRelease;
using MineAction.Web.Components.Pages.Operations;
using MineAction.Web.Components.Pages.People;
using MineAction.Web.Components.Pages.Resources;
using MudBlazor;

namespace MineAction.Ui.Tests.Components;

/// <summary>A detail page opened on an id that names no record shows a not-found notice and the way back, instead of failing.</summary>
public sealed class NotFoundPageTests(UiDatabase database) : PageTests(database, "admin@tarsenia.example", Roles.Administrator)
{
    public static TheoryData<Type, string> DetailPages() => new()
    {
        { typeof(ActivityDetail), "/hazardous-areas" },
        { typeof(TaskDetail), "/operations/tasks" },
        { typeof(AccidentDetail), "/people/accidents" },
        { typeof(AssistanceCaseDetail), "/people/assistance" },
        { typeof(ContributionDetail), "/resources/contributions" },
        { typeof(ProjectDetail), "/resources/projects" },
    };

    [Theory]
    [MemberData(nameof(DetailPages))]
    public void An_unknown_id_shows_a_not_found_notice(Type page, string back)
    {
        Ctx.Render<MudPopoverProvider>();
        var id = Guid.NewGuid();
        var rendered = Ctx.Render(builder =>
        {
            builder.OpenComponent(0, page);
            builder.AddAttribute(1, "Id", id);
            builder.CloseComponent();
        });

        rendered.WaitForAssertion(() =>
        {
            Assert.Contains(id.ToString(), rendered.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal);
            Assert.Equal(back, rendered.Find("[data-testid=not-found-back]").GetAttribute("href"));
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void An_address_no_page_answers_says_so_and_leads_to_the_overview()
    {
        Ctx.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/not-found?path=%2Fhazards%2Fnot%2Fa%2Fpage");
        var rendered = Ctx.Render<MineAction.Web.Components.Pages.NotFoundPage>();
        Assert.Contains("There is nothing at /hazards/not/a/page", rendered.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/", rendered.Find("[data-testid=not-found-back]").GetAttribute("href"));
        Assert.Equal("Not found", rendered.Find("h1").TextContent.Trim());
    }
}
