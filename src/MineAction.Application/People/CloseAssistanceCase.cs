namespace MineAction.Application.People;

/// <summary>Closes a case on a date with the reason (needs met, moved away, died…).</summary>
public static class CloseAssistanceCase
{
    public sealed record Command([property: JsonIgnore] Guid CaseId, [property: JsonIgnore] uint? ExpectedVersion, DateOnly? ClosedOn, string? Reason) : ICommand<AssistanceCaseDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ClosedOn).NotNull();
            RuleFor(c => c.Reason).MaximumLength(AssistanceCase.MaxTextLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, AssistanceCaseDto>
    {
        public async ValueTask<AssistanceCaseDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureAssistanceTeam();
            await db.ChangeAsync(db.AssistanceCases, c.CaseId, c.ExpectedVersion,
                assistanceCase => assistanceCase.Close(c.ClosedOn!.Value, c.Reason ?? string.Empty, clock.Today()), cancellationToken);
            return await AssistanceAccess.GetAsync(db, c.CaseId, cancellationToken);
        }
    }
}
