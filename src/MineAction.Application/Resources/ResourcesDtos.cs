namespace MineAction.Application.Resources;

public sealed record TransactionDto(Guid Id, TransactionType Type, int TypeCode, DateOnly Date, decimal Amount, string Currency, decimal UsdRate,
    DateOnly RateDate, decimal UsdAmount, string? Description, string? ExternalImsmaId);

public sealed record ContributionDto(Guid Id, Guid DonorId, string Donor, Guid FundId, string Fund, Guid? ProjectId, string? Project,
    Guid? RecipientOrganisationId, string Reference, string Currency, decimal Amount, IReadOnlyList<Tranche> Schedule, bool MultiYear,
    ActivityType? EarmarkedActivity, Guid? EarmarkedProvinceId, string? EarmarkedProvince, IReadOnlyList<TransactionDto> Transactions, uint RowVersion);

public sealed record ExchangeRateDto(Guid Id, string Currency, DateOnly RateDate, decimal UsdPerUnit);

public sealed record FundDto(Guid Id, string Name, FundKind Kind, Guid ManagingOrganisationId, string ManagingOrganisation, string? Description,
    decimal ReceivedUsd, decimal DisbursedUsd);

/// <summary>A project with its money (USD, from the transactions) and its outputs (from the ledger), and what each m² and each beneficiary cost.</summary>
public sealed record ProjectDto(Guid Id, string Code, string Title, string? Description, Guid ImplementingOrganisationId, string ImplementingOrganisation,
    DateOnly StartDate, DateOnly EndDate, ProjectStatus Status, decimal Budget, string BudgetCurrency, Guid? ProvinceId,
    IReadOnlyList<string> FundingSources, decimal CommittedUsd, decimal DisbursedUsd, decimal SpentUsd, ProjectOutputs Outputs,
    decimal? CostPerM2Usd, decimal? CostPerBeneficiaryUsd, IReadOnlyList<Guid> ActivityIds, IReadOnlyList<Guid> TaskIds,
    IReadOnlyList<Guid> EoreSessionIds, IReadOnlyList<Guid> AssistanceServiceIds, uint RowVersion);
