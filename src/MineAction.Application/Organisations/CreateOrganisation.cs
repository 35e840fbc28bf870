using MineAction.Domain.Organisations;

namespace MineAction.Application.Organisations;

public static class CreateOrganisation
{
    public sealed record Command(OrganisationInput Input) : ICommand<OrganisationDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Input).NotNull().SetValidator(new OrganisationInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IMediator mediator) : ICommandHandler<Command, OrganisationDto>
    {
        public async ValueTask<OrganisationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var details = command.Input.ToDetails();
            await OrganisationRules.EnsureAcronymFreeAsync(db, details.Acronym, details.CountryCode, null, cancellationToken);
            var organisation = new Organisation(details);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetOrganisation.Query(organisation.Id), cancellationToken);
        }
    }
}
