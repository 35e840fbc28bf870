namespace MineAction.Application.People;

/// <summary>Refers a case to a provider for one pillar of assistance.</summary>
public static class ReferCase
{
    public sealed record Command([property: JsonIgnore] Guid CaseId, Guid? ProviderId, Pillar? Pillar, DateOnly? ReferredOn) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ProviderId).NotNull();
            RuleFor(c => c.Pillar).NotNull().IsInEnum();
            RuleFor(c => c.ReferredOn).NotNull();
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            var assistanceCase = await db.FindForUpdateAsync(db.AssistanceCases, c.CaseId, null, cancellationToken);
            await db.EnsureServiceProviderAsync(c.ProviderId, "providerId", cancellationToken);

            db.Referrals.Add(new Referral(assistanceCase, c.ProviderId!.Value, c.Pillar!.Value, c.ReferredOn!.Value, clock.Today()));
            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}
