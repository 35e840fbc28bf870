namespace MineAction.Application.People;

public static class RecordAssistanceService
{
    public sealed record Command([property: JsonIgnore] Guid CaseId, DateOnly? DeliveredOn, Guid? ProviderId, Pillar? Pillar, decimal? CostUsd,
        string? ExternalImsmaId = null) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DeliveredOn).NotNull();
            RuleFor(c => c.ProviderId).NotNull();
            RuleFor(c => c.Pillar).NotNull().IsInEnum();
            RuleFor(c => c.CostUsd).GreaterThanOrEqualTo(0);
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            await db.EnsureServiceProviderAsync(c.ProviderId, "providerId", cancellationToken);

            var assistanceCase = await db.FindForUpdateAsync(db.AssistanceCases, c.CaseId, null, cancellationToken);
            var service = new AssistanceService(assistanceCase, c.DeliveredOn!.Value, c.ProviderId!.Value, c.Pillar!.Value, c.CostUsd ?? 0, clock.Today());
            service.Identify(c.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.AssistanceServices.Where(x => x.CaseId == c.CaseId && x.ExternalImsmaId == service.ExternalImsmaId)
                .Select(x => x.Id.ToString()), service.ExternalImsmaId, "Service", cancellationToken);
            db.AssistanceServices.Add(service);
            assistanceCase.Follow(assistanceCase.NextFollowUpOn, assistanceCase.Needs);
            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}
