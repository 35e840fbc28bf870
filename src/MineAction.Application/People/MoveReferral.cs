namespace MineAction.Application.People;

/// <summary>Moves a referral on: accepted by the provider, completed or declined.</summary>
public static class MoveReferral
{
    public sealed record Command([property: JsonIgnore] Guid CaseId, [property: JsonIgnore] Guid ReferralId, ReferralStatus? Status) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Status).NotNull().IsInEnum();
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            await db.FindForUpdateAsync(db.AssistanceCases, c.CaseId, null, cancellationToken);
            var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == c.ReferralId && r.CaseId == c.CaseId, cancellationToken)
                ?? throw new NotFoundException(nameof(Referral), c.ReferralId);
            referral.Move(c.Status!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}
