namespace MineAction.Domain.Resources;

public enum FundKind
{
    NationalBudget,
    UnVoluntaryTrustFund,
    RegionalTrustFund,
    Bilateral,
    PooledFund,
}

/// <summary>A pot of money for mine action — national budget, the UN Voluntary Trust Fund, a regional trust fund, bilateral or pooled — and who manages it.</summary>
public sealed class Fund : Entity
{
    public const int MaxNameLength = 200;

    private Fund()
    {
    }

    public Fund(string name, FundKind kind, Guid managingOrganisationId, string? description)
    {
        Name = name.Trim();
        Kind = kind;
        ManagingOrganisationId = managingOrganisationId;
        Description = Text.TrimToNull(description);
    }

    public string Name { get; private set; } = string.Empty;
    public FundKind Kind { get; private set; }
    public Guid ManagingOrganisationId { get; private set; }
    public string? Description { get; private set; }
}
