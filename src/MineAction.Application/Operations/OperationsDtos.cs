namespace MineAction.Application.Operations;

public sealed record AccreditationDto(Guid Id, Guid OrganisationId, string OrganisationAcronym, AccreditedActivity Activity, string Number,
    DateOnly IssuedOn, DateOnly ExpiresOn, IReadOnlyList<Guid> ProvinceIds, AccreditationStatus Status, string? StatusReason, uint RowVersion);

public sealed record TaskHazard(Guid Id, string Code);

public sealed record TaskDto(
    Guid Id,
    Guid OrganisationId,
    string OrganisationAcronym,
    ActivityType Activity,
    IReadOnlyList<TaskHazard> Hazards,
    TaskPriority Priority,
    double PriorityScore,
    DateOnly? PlannedStart,
    DateOnly? PlannedEnd,
    Guid? FundingContributionId,
    TaskOrderStatus Status,
    DateOnly? IssuedOn,
    DateOnly? AcceptedOn,
    DateOnly? StartedOn,
    DateOnly? CompletedOn,
    DateOnly? CancelledOn,
    string? CancelReason,
    double TaskedAreaM2,
    double ReleasedM2,
    uint RowVersion)
{
    /// <summary>Released m² by the task's activities over the tasked area (0–1).</summary>
    public double Progress => TaskedAreaM2 > 0 ? Math.Min(1, ReleasedM2 / TaskedAreaM2) : 0;
}
