namespace MineAction.Application.People;

/// <summary>Adds a casualty to an accident; personal data (encrypted) only from the roles allowed to hold it.</summary>
public static class AddCasualty
{
    public sealed record PersonalDataInput(string? FullName, string? NationalId, DateOnly? DateOfBirth, string? Address, string? Phone);

    public sealed record Command([property: JsonIgnore] Guid AccidentId, Sex? Sex, AgeGroup? AgeGroup, CasualtyOutcome? Outcome, IReadOnlyList<Injury>? Injuries,
        bool HasDisability, PersonalDataInput? PersonalData, string? ExternalImsmaId = null) : ICommand<CasualtyDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Sex).NotNull().IsInEnum();
            RuleFor(c => c.Outcome).NotNull().IsInEnum();
            RuleFor(c => c.AgeGroup).IsInEnum();
            RuleFor(c => c.AgeGroup).NotNull().When(c => c.PersonalData?.DateOfBirth is null)
                .WithMessage("'ageGroup' is required unless the date of birth is given.");
            RuleForEach(c => c.Injuries).IsInEnum();
            RuleFor(c => c.PersonalData!.FullName).NotEmpty().MaximumLength(200).When(c => c.PersonalData is not null).WithName("personalData.fullName");
            RuleFor(c => c.PersonalData!.NationalId).MaximumLength(50).When(c => c.PersonalData is not null).WithName("personalData.nationalId");
            RuleFor(c => c.PersonalData!.Address).MaximumLength(500).When(c => c.PersonalData is not null).WithName("personalData.address");
            RuleFor(c => c.PersonalData!.Phone).MaximumLength(50).When(c => c.PersonalData is not null).WithName("personalData.phone");
            RuleFor(c => c.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector, TimeProvider clock)
        : ICommandHandler<Command, CasualtyDto>
    {
        public async ValueTask<CasualtyDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureInRole(Roles.AccidentEntry, "Casualties are recorded by the NMAA and victim assistance officers.");

            if (c.PersonalData is not null && !user.MayReadPersonalData())
            {
                throw new ForbiddenException("Only victim assistance officers and administrators record personal data.");
            }

            var accident = await db.Accidents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == c.AccidentId, cancellationToken)
                ?? throw new NotFoundException(nameof(Accident), c.AccidentId);
            var ageGroup = c.PersonalData?.DateOfBirth is { } birth ? Casualty.AgeGroupOn(birth, accident.OccurredOn) : c.AgeGroup!.Value;
            var casualty = new Casualty(accident.Id, c.Sex!.Value, ageGroup, c.Outcome!.Value, c.Injuries ?? [], c.HasDisability);
            casualty.Identify(c.ExternalImsmaId);
            await ExternalIds.EnsureFreeAsync(db.Casualties.Where(x => x.AccidentId == accident.Id && x.ExternalImsmaId == casualty.ExternalImsmaId)
                .Select(x => x.VictimCode), casualty.ExternalImsmaId, "Casualty", cancellationToken);
            db.Casualties.Add(casualty);
            if (c.PersonalData is { } p)
            {
                string? Seal(string? value) => string.IsNullOrWhiteSpace(value) ? null : protector.Protect(value.Trim());
                db.VictimPersonalData.Add(new VictimPersonalData(casualty.Id, protector.Protect(p.FullName!.Trim()), Seal(p.NationalId),
                    Seal((p.DateOfBirth is { } born ? IsoDate.Of(born) : null)), Seal(p.Address), Seal(p.Phone)));
                db.AuditEntries.Add(new AuditEntry(nameof(VictimPersonalData), casualty.Id, "Created", user.Name, clock.GetUtcNow(), "{}", null));
            }

            await db.SaveChangesAsync(cancellationToken);
            return (await PersonalDataAccess.CasualtiesAsync(db, user, protector, clock, db.Casualties.Where(x => x.Id == casualty.Id), cancellationToken)).Single();
        }
    }
}
