namespace MineAction.Application.People;

/// <summary>Records a follow-up: the next follow-up date and the needs as re-assessed; the case becomes active.</summary>
public static class FollowUpAssistanceCase
{
    public sealed record Command([property: JsonIgnore] Guid CaseId, [property: JsonIgnore] uint? ExpectedVersion, DateOnly? NextFollowUpOn, IReadOnlyList<Pillar>? Needs) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleForEach(c => c.Needs).IsInEnum();
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            await db.ChangeAsync(db.AssistanceCases, c.CaseId, c.ExpectedVersion,
                assistanceCase => assistanceCase.Follow(c.NextFollowUpOn, c.Needs ?? assistanceCase.Needs), cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}
