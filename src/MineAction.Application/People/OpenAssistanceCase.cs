namespace MineAction.Application.People;

public static class OpenAssistanceCase
{
    public sealed record Command(Guid? CasualtyId, string? Relationship, IReadOnlyList<Pillar>? Needs, DateOnly? OpenedOn, DateOnly? NextFollowUpOn)
        : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CasualtyId).NotNull();
            RuleFor(c => c.OpenedOn).NotNull();
            RuleForEach(c => c.Needs).IsInEnum();
            RuleFor(c => c.Relationship).MaximumLength(100);
            RuleFor(c => c.NextFollowUpOn).GreaterThanOrEqualTo(c => c.OpenedOn).When(c => c.NextFollowUpOn is not null && c.OpenedOn is not null);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var casualty = await db.Casualties.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.CasualtyId, cancellationToken)
                ?? throw Invalid.Field("casualtyId", $"Casualty '{c.CasualtyId}' does not exist.");
            var assistanceCase = new AssistanceCase(casualty, c.Relationship, c.Needs ?? [], c.OpenedOn!.Value, c.NextFollowUpOn, clock.Today());
            if (assistanceCase.Relationship is null
                && await db.AssistanceCases.AnyAsync(x => x.CasualtyId == casualty.Id && x.Relationship == null, cancellationToken))
            {
                throw Invalid.Field("casualtyId", "The survivor already has a case.");
            }

            db.AssistanceCases.Add(assistanceCase);
            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, assistanceCase.Id, cancellationToken);
        }
    }
}
