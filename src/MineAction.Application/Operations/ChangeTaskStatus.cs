namespace MineAction.Application.Operations;

/// <summary>Issue (NMAA, accreditation checked), accept / start / complete (the tasked organisation or the NMAA), cancel (NMAA).</summary>
public static class ChangeTaskStatus
{
    public enum Transition
    {
        Issue,
        Accept,
        Start,
        Complete,
        Cancel,
    }

    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, Transition? Step, DateOnly? Date, string? Reason) : ICommand<TaskDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Step).NotNull().IsInEnum().WithName("step");
            RuleFor(c => c.Date).NotNull().WithName("date");
            RuleFor(c => c.Reason).MaximumLength(ClearanceTask.MaxReasonLength).WithName("reason");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, TaskDto>
    {
        public async ValueTask<TaskDto> Handle(Command c, CancellationToken cancellationToken)
        {
            var task = await TaskQueries.Visible(db, user).SingleOrDefaultAsync(t => t.Id == c.Id, cancellationToken)
                ?? throw new NotFoundException("Task", c.Id);
            if (c.Step is Transition.Issue or Transition.Cancel)
            {
                user.EnsureReviewer();
            }
            else
            {
                user.EnsureCanEnterDataFor(task.OrganisationId);
            }

            task = await db.FindForUpdateAsync(db.Tasks, c.Id, c.ExpectedVersion, cancellationToken);
            var today = clock.Today();
            var on = c.Date!.Value;
            switch (c.Step)
            {
                case Transition.Issue:
                    var provinces = await db.HazardousAreas.Where(h => task.HazardousAreaIds.Contains(h.Id)).Select(h => h.ProvinceId).Distinct()
                        .ToListAsync(cancellationToken);
                    var accreditations = await db.Accreditations.Where(a => a.OrganisationId == task.OrganisationId)
                        .ToListAsync(cancellationToken);
                    task.Issue(on, today, accreditations, provinces);
                    break;
                case Transition.Accept:
                    task.Accept(on, today);
                    break;
                case Transition.Start:
                    task.Start(on, today);
                    break;
                case Transition.Complete:
                    task.Complete(on, today);
                    break;
                default:
                    task.Cancel(on, c.Reason ?? string.Empty, today);
                    break;
            }

            await db.SaveChangesAsync(cancellationToken);
            return await TaskQueries.GetAsync(db, user, task.Id, cancellationToken);
        }
    }
}
