namespace MineAction.Application.Organisations;

public static class ArchiveOrganisation
{
    public sealed record Command([property: JsonIgnore] Guid Id, [property: JsonIgnore] uint? ExpectedVersion, string? Reason) : ICommand<OrganisationDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, OrganisationDto>
    {
        public async ValueTask<OrganisationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.ChangeAsync(db.Organisations, command.Id, command.ExpectedVersion,
                e => e.Archive(command.Reason!, user.Name, clock.GetUtcNow()), cancellationToken);
            return await mediator.Send(new GetOrganisation.Query(command.Id), cancellationToken);
        }
    }
}
