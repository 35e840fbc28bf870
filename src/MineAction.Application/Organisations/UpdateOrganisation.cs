namespace MineAction.Application.Organisations;

public static class UpdateOrganisation
{
    /// <summary>Replaces the attributes; <c>ExpectedVersion</c> is the row version the client last read (If-Match).</summary>
    public sealed record Command : OrganisationInput, ICommand<OrganisationDto>
    {
        [JsonIgnore]
        public Guid Id { get; init; }

        [JsonIgnore]
        public uint? ExpectedVersion { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new OrganisationInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IMediator mediator) : ICommandHandler<Command, OrganisationDto>
    {
        public async ValueTask<OrganisationDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            var organisation = await db.FindForUpdateAsync(db.Organisations, command.Id, command.ExpectedVersion, cancellationToken);
            var details = command.ToDetails();
            await OrganisationRules.EnsureAcronymFreeAsync(db, details.Acronym, details.CountryCode, organisation.Id, cancellationToken);
            await OrganisationRules.EnsureExternalIdFreeAsync(db, details.ExternalImsmaId, organisation.Id, cancellationToken);
            organisation.Update(details);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetOrganisation.Query(organisation.Id), cancellationToken);
        }
    }
}
