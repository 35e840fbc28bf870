namespace MineAction.Domain.Capacity;

/// <summary>People in one role, by sex.</summary>
public sealed record Personnel(int Women, int Men)
{
    public static readonly Personnel None = new(0, 0);

    public int Total => Women + Men;
}

/// <summary>Teams an organisation fields, by activity type.</summary>
public sealed record Teams(int Nts, int Ts, int Clearance, int Bac, int Eod, int Eore, int Va)
{
    public static readonly Teams None = new(0, 0, 0, 0, 0, 0, 0);

    public int Total => Nts + Ts + Clearance + Bac + Eod + Eore + Va;
}

/// <summary>
/// An organisation's mine action capacity in a period (a year, or one quarter of it): teams by activity,
/// personnel by role and sex, mechanical assets, mine detection dogs and (for the national authority) the
/// national budget contribution. Capacity is a stock: a year's figure is the latest snapshot of that year.
/// </summary>
public sealed class CapacitySnapshot : Entity
{
    public const int MaxCount = 100_000;

    private CapacitySnapshot()
    {
    }

    public CapacitySnapshot(Guid organisationId, int year, int? quarter, CapacityFigures figures)
    {
        if (year is < 1990 or > 2100)
        {
            throw new DomainRuleViolation("YEAR_OUT_OF_RANGE", "The year is between 1990 and 2100.", "year");
        }

        if (quarter is < 1 or > 4)
        {
            throw new DomainRuleViolation("QUARTER_OUT_OF_RANGE", "The quarter is 1–4, or empty for the whole year.", "quarter");
        }

        OrganisationId = organisationId;
        Year = year;
        Quarter = quarter;
        Update(figures);
    }

    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }
    public int? Quarter { get; private set; }
    public Teams Teams { get; private set; } = Teams.None;
    public Personnel Deminers { get; private set; } = Personnel.None;
    public Personnel Surveyors { get; private set; } = Personnel.None;
    public Personnel EodOperators { get; private set; } = Personnel.None;
    public Personnel EoreFacilitators { get; private set; } = Personnel.None;
    public Personnel Medics { get; private set; } = Personnel.None;
    public Personnel Managers { get; private set; } = Personnel.None;
    public int MechanicalAssets { get; private set; }
    public int MineDetectionDogs { get; private set; }

    /// <summary>National budget contribution in USD (the national authority's snapshot carries it).</summary>
    public decimal NationalBudgetUsd { get; private set; }

    public void Update(CapacityFigures f)
    {
        EnsureNotArchived();
        var counts = new[]
        {
            f.Teams.Nts, f.Teams.Ts, f.Teams.Clearance, f.Teams.Bac, f.Teams.Eod, f.Teams.Eore, f.Teams.Va, f.MechanicalAssets, f.MineDetectionDogs,
            f.Deminers.Women, f.Deminers.Men, f.Surveyors.Women, f.Surveyors.Men, f.EodOperators.Women, f.EodOperators.Men,
            f.EoreFacilitators.Women, f.EoreFacilitators.Men, f.Medics.Women, f.Medics.Men, f.Managers.Women, f.Managers.Men,
        };
        if (counts.Any(c => c is < 0 or > MaxCount) || f.NationalBudgetUsd < 0)
        {
            throw new DomainRuleViolation("COUNT_OUT_OF_RANGE", $"Counts are 0–{MaxCount} and the budget is not negative.", "figures");
        }

        (Teams, Deminers, Surveyors, EodOperators, EoreFacilitators, Medics, Managers) =
            (f.Teams, f.Deminers, f.Surveyors, f.EodOperators, f.EoreFacilitators, f.Medics, f.Managers);
        (MechanicalAssets, MineDetectionDogs, NationalBudgetUsd) = (f.MechanicalAssets, f.MineDetectionDogs, f.NationalBudgetUsd);
    }
}

public sealed record CapacityFigures(Teams Teams, Personnel Deminers, Personnel Surveyors, Personnel EodOperators, Personnel EoreFacilitators,
    Personnel Medics, Personnel Managers, int MechanicalAssets, int MineDetectionDogs, decimal NationalBudgetUsd);
