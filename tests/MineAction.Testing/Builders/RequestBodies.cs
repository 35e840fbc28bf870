namespace MineAction.Testing.Builders;

/// <summary>Valid request bodies that several test classes send (and vary).</summary>
public static class RequestBodies
{
    public static object Capacity(Guid organisation, int year = 2024, int? quarter = null, int deminerWomen = 10, int deminerMen = 30) => new
    {
        organisationId = organisation, year, quarter,
        figures = new
        {
            teams = new { nts = 2, ts = 1, clearance = 4, bac = 0, eod = 1, eore = 2, va = 0 },
            deminers = new { women = deminerWomen, men = deminerMen }, surveyors = new { women = 2, men = 4 }, eodOperators = new { women = 0, men = 3 },
            eoreFacilitators = new { women = 5, men = 1 }, medics = new { women = 2, men = 2 }, managers = new { women = 1, men = 2 },
            mechanicalAssets = 3, mineDetectionDogs = 6, nationalBudgetUsd = 0m,
        },
    };

    /// <summary>A session in the middle of <paramref name="province"/>.</summary>
    public static object EoreSession(Tarsenia t, Guid province, Guid organisation, int girls = 12, int boys = 10, int women = 8, int men = 6,
        int disabledGirls = 1) => new
    {
        heldOn = "2024-04-10", location = new { type = "Point", coordinates = t.Centre(province) }, provinceId = province, organisationId = organisation,
        method = "Interpersonal", audience = "School", beneficiaries = new { girls, boys, women, men },
        withDisabilities = new { girls = disabledGirls, boys = 0, women = 0, men = 0 }, materials = "Posters, leaflets",
    };
}
