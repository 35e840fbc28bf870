using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Common;
using MineAction.Application.Abstractions;
using MineAction.Application.Organisations;
using MineAction.Domain.Organisations;
using MineAction.Web.Hosting;

namespace MineAction.Ui.Tests.Components;

/// <summary>
/// A Blazor circuit is one DI scope with one DbContext for as long as the tab is open. Each request the pages send is its
/// own unit of work, as an HTTP request is: nothing one request tracked leaks into the next.
/// </summary>
public sealed class UiMediatorTests(UiDatabase database) : IClassFixture<UiDatabase>
{
    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMineActionCore(database.ConnectionString);
        services.AddSingleton<ICurrentUser>(new TestUser());
        services.AddScoped<UiMediator>();
        return services.BuildServiceProvider();
    }

    private static T Input<T>(string name, string acronym)
        where T : OrganisationInput, new() => new() { Name = name, Acronym = acronym, Type = OrganisationType.NationalNgo, CountryCode = "XTA" };

    private static CreateOrganisation.Command Create(string name, string acronym) => Input<CreateOrganisation.Command>(name, acronym);

    private static UpdateOrganisation.Command Update(OrganisationDto record, string name) =>
        Input<UpdateOrganisation.Command>(name, record.Acronym) with { Id = record.Id, ExpectedVersion = record.RowVersion };

    [Fact]
    public async Task A_record_changed_by_someone_else_saves_once_the_page_has_read_it_again()
    {
        await using var services = Services();
        await using var circuit = services.CreateAsyncScope();
        var ui = circuit.ServiceProvider.GetRequiredService<UiMediator>();
        var created = await ui.Send(Create("Circuit Demining", "CIRC"));

        await using (var elsewhere = services.CreateAsyncScope())
        {
            await elsewhere.ServiceProvider.GetRequiredService<IMediator>().Send(
                Update(created, "Circuit Demining (renamed elsewhere)"));
        }

        var reread = await ui.Send(new GetOrganisation.Query(created.Id));
        Assert.Equal("Circuit Demining (renamed elsewhere)", reread.Name);
        var saved = await ui.Send(Update(reread, "Circuit Demining Group"));
        Assert.Equal("Circuit Demining Group", saved.Name);
    }

    [Fact]
    public async Task A_change_refused_by_the_database_is_not_saved_again_by_the_next_request()
    {
        await using var services = Services();
        await using var circuit = services.CreateAsyncScope();
        var ui = circuit.ServiceProvider.GetRequiredService<UiMediator>();
        var created = await ui.Send(Create("Refused Demining", "REFD"));
        await using (var elsewhere = services.CreateAsyncScope())
        {
            await elsewhere.ServiceProvider.GetRequiredService<IMediator>().Send(
                Update(created, "Refused Demining (renamed elsewhere)"));
        }

        // The page still shows the first version: the database refuses the change (412).
        await Assert.ThrowsAsync<PreconditionFailedException>(async () =>
            await ui.Send(Update(created, "Lost update")));

        // The next, unrelated request saves only its own change.
        await ui.Send(Create("Unrelated Demining", "UNRL"));
        Assert.Equal("Refused Demining (renamed elsewhere)", (await ui.Send(new GetOrganisation.Query(created.Id))).Name);
    }
}
