using Mediator;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;

namespace MineAction.Application.Organisations;

public static class ArchiveOrganisation
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string? Reason) : ICommand<OrganisationDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, OrganisationDto>
    {
        public async ValueTask<OrganisationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.ArchiveAsync(db.Organisations, command.Id, command.ExpectedVersion, command.Reason!, user, clock, cancellationToken);
            return await mediator.Send(new GetOrganisation.Query(command.Id), cancellationToken);
        }
    }
}
