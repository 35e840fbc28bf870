using MineAction.Application.Programme;
namespace MineAction.Application.Operations;

/// <summary>The NMAA drafts a task order for an organisation on hazardous areas; its priority score follows the national criteria.</summary>
public static class CreateTask
{
    public sealed record Command(Guid? OrganisationId, ActivityType? Activity, IReadOnlyList<Guid>? HazardousAreaIds, TaskPriority? Priority,
        DateOnly? PlannedStart, DateOnly? PlannedEnd, Guid? FundingContributionId) : ICommand<TaskDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Activity).NotNull().IsInEnum();
            RuleFor(c => c.HazardousAreaIds).NotEmpty();
            RuleFor(c => c.Priority).NotNull().IsInEnum();
            RuleFor(c => c.PlannedEnd).GreaterThanOrEqualTo(c => c.PlannedStart).When(c => c.PlannedStart is not null && c.PlannedEnd is not null)
                .WithMessage("'plannedEnd' cannot be before 'plannedStart'.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, TaskDto>
    {
        public async ValueTask<TaskDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.EnsureOrganisationAsync(c.OrganisationId, "organisationId", cancellationToken);

            var ids = c.HazardousAreaIds!.Distinct().ToList();
            var hazards = await db.HazardousAreas.Approved()
                .Where(h => ids.Contains(h.Id))
                .Select(h => new PriorityFacts(
                    h.LandUseBlocked.Count,
                    h.DirectBeneficiaries.Girls + h.DirectBeneficiaries.Boys + h.DirectBeneficiaries.Women + h.DirectBeneficiaries.Men,
                    db.Accidents.Count(a => (a.HazardousAreaId == h.Id || a.Location.Intersects(h.Geometry)))))
                .ToListAsync(cancellationToken);
            if (hazards.Count != ids.Count)
            {
                throw Invalid.Field("hazardousAreaIds", "Every entry must be an approved, active hazardous area.");
            }

            await db.Contributions.EnsureExistsAsync(c.FundingContributionId, "fundingContributionId", "Contribution", cancellationToken);

            var score = TaskPriorityScore.Of(hazards, (await db.ProgrammeSettingsAsync(cancellationToken)).PriorityWeights);
            var task = new ClearanceTask(c.OrganisationId!.Value, c.Activity!.Value, ids, c.Priority!.Value, score, c.PlannedStart, c.PlannedEnd,
                c.FundingContributionId);
            db.Tasks.Add(task);
            await db.SaveChangesAsync(cancellationToken);
            return await TaskQueries.GetAsync(db, user, task.Id, cancellationToken);
        }
    }
}
