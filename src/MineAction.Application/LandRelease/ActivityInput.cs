using MineAction.Domain.LandRelease;

namespace MineAction.Application.LandRelease;

/// <summary>The plan of an activity: methods, specified depth (default: the national setting), planned dates and the task order it carries out.</summary>
public sealed record ActivityInput(
    Guid? HazardousAreaId,
    Guid? OrganisationId,
    ActivityType? Type,
    IReadOnlyList<ClearanceMethod>? Methods,
    int? SpecifiedDepthCm,
    DateOnly? PlannedStart,
    DateOnly? PlannedEnd,
    Guid? TaskId = null,
    int? Teams = null)
{
    public ActivityPlan ToPlan(int defaultDepthCm) =>
        new(Methods ?? [], SpecifiedDepthCm ?? defaultDepthCm, PlannedStart, PlannedEnd, Teams ?? 1);
}

public sealed class ActivityInputValidator : AbstractValidator<ActivityInput>
{
    public ActivityInputValidator()
    {
        RuleFor(x => x.HazardousAreaId).NotNull();
        RuleFor(x => x.OrganisationId).NotNull();
        RuleFor(x => x.Type).NotNull().IsInEnum();
        RuleForEach(x => x.Methods).IsInEnum();
        RuleFor(x => x.SpecifiedDepthCm).InclusiveBetween(0, LandReleaseActivity.MaxDepthCm);
        RuleFor(x => x.Teams).InclusiveBetween(1, LandReleaseActivity.MaxTeams);
        RuleFor(x => x.PlannedEnd).GreaterThanOrEqualTo(x => x.PlannedStart).When(x => x.PlannedStart is not null && x.PlannedEnd is not null)
            .WithMessage("'plannedEnd' cannot be before 'plannedStart'.");
    }
}
