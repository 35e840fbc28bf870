namespace MineAction.Application.Organisations;

public static class CreateOrganisation
{
    public sealed record Command : OrganisationInput, ICommand<OrganisationDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new OrganisationInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IMediator mediator) : ICommandHandler<Command, OrganisationDto>
    {
        public async ValueTask<OrganisationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var details = command.ToDetails();
            await OrganisationRules.EnsureAcronymFreeAsync(db, details.Acronym, details.CountryCode, null, cancellationToken);
            await OrganisationRules.EnsureExternalIdFreeAsync(db, details.ExternalImsmaId, null, cancellationToken);
            var organisation = new Organisation(details);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetOrganisation.Query(organisation.Id), cancellationToken);
        }
    }
}
