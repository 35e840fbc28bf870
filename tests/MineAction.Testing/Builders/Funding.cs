using MineAction.Application.Resources;

namespace MineAction.Testing.Builders;

/// <summary>Builds funds, projects and contributions through the API for the resource tests and the role matrix.</summary>
public sealed class Funding(MineActionApp app)
{
    private readonly Scenario _s = new(app);

    public HttpClient Donor => app.ClientFor(Roles.DonorReporting);

    public Task<Guid> OrganisationAsync(string acronym) => _s.OrganisationIdAsync(acronym);

    public async Task<Guid> FundAsync(string kind = "UnVoluntaryTrustFund", string manager = "UNMAS")
    {
        var response = await Donor.PostAsJsonAsync("/api/v1/funds",
            new { name = $"Fund {Scenario.Next()}", kind, managingOrganisationId = await OrganisationAsync(manager) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<FundDto>()).Id;
    }

    public async Task<ProjectDto> ProjectAsync(string implementer = "HALO", string start = "2023-01-01", string end = "2025-12-31", Guid? provinceId = null)
    {
        var response = await Donor.PostAsJsonAsync("/api/v1/projects", new
        {
            code = $"PRJ-{Scenario.Next()}", title = "Clearance of the northern rice fields", implementingOrganisationId = await OrganisationAsync(implementer),
            startDate = start, endDate = end, budget = 500_000m, budgetCurrency = "USD", provinceId,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<ProjectDto>();
    }

    public async Task<Guid> ContributionAsync(Guid fund, Guid? project = null, string currency = "USD", decimal amount = 100_000m, string donor = "GoJ",
        int? spreadFrom = null, int? spreadTo = null)
    {
        var response = await Donor.PostAsJsonAsync("/api/v1/contributions", new
        {
            donorId = await OrganisationAsync(donor), fundId = fund, projectId = project, reference = $"AGR-{Scenario.Next()}", currency, amount,
            spreadFromYear = spreadFrom, spreadToYear = spreadTo,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<ContributionDto>()).Id;
    }

    public Task<HttpResponseMessage> RecordAsync(Guid contribution, string type, decimal amount, string date = "2024-03-01", string? currency = null,
        decimal? usdRate = null) =>
        Donor.PostAsJsonAsync($"/api/v1/contributions/{contribution}/transactions", new { type, date, amount, currency, usdRate });

    public async Task<ContributionDto> RecordOkAsync(Guid contribution, string type, decimal amount, string date = "2024-03-01", string? currency = null,
        decimal? usdRate = null) =>
        await (await RecordAsync(contribution, type, amount, date, currency, usdRate)).ReadAsync<ContributionDto>();
}
