namespace MineAction.Application.Operations;

/// <summary>The NMAA accredits an organisation for an activity type, for a period, in provinces (none: nationwide).</summary>
public static class CreateAccreditation
{
    public sealed record Command(Guid? OrganisationId, AccreditedActivity? Activity, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn,
        IReadOnlyList<Guid>? ProvinceIds) : ICommand<AccreditationDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.OrganisationId).NotNull();
            RuleFor(c => c.Activity).NotNull().IsInEnum();
            RuleFor(c => c.Number).NotEmpty().MaximumLength(Accreditation.MaxNumberLength);
            RuleFor(c => c.IssuedOn).NotNull();
            RuleFor(c => c.ExpiresOn).NotNull().GreaterThan(c => c.IssuedOn).WithMessage("'expiresOn' must be after 'issuedOn'.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, AccreditationDto>
    {
        public async ValueTask<AccreditationDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureReviewer();
            await db.EnsureOrganisationAsync(c.OrganisationId, "organisationId", cancellationToken);

            var provinces = c.ProvinceIds ?? [];
            var known = await db.AdminAreas.CountAsync(a => a.Level == 1 && provinces.Contains(a.Id), cancellationToken);
            if (known != provinces.Distinct().Count())
            {
                throw Invalid.Field("provinceIds", "Every entry must be an existing province.");
            }

            if (await db.Accreditations.IncludingArchived().AnyAsync(a => a.Number == c.Number!.Trim(), cancellationToken))
            {
                throw Invalid.Field("number", $"Accreditation number '{c.Number!.Trim()}' is already used.");
            }

            var accreditation = new Accreditation(c.OrganisationId!.Value, c.Activity!.Value, c.Number!, c.IssuedOn!.Value, c.ExpiresOn!.Value, provinces);
            db.Accreditations.Add(accreditation);
            await db.SaveChangesAsync(cancellationToken);
            return await AccreditationQueries.Project(db, db.Accreditations.Where(a => a.Id == accreditation.Id)).SingleAsync(cancellationToken);
        }
    }
}
