namespace MineAction.Application.Organisations;

/// <summary>
/// The fields of a create or update request; every field nullable so a missing one is reported by name. The create and update
/// commands extend it, so the request body is the command.
/// </summary>
public record OrganisationInput(
    string? Name = null,
    string? Acronym = null,
    OrganisationType? Type = null,
    string? CountryCode = null,
    string? IatiIdentifier = null,
    string? ExternalImsmaId = null,
    OrganisationSector? Sector = null)
{
    public OrganisationDetails ToDetails() =>
        new(Name!, Acronym!, Type!.Value, CountryCode!, IatiIdentifier, ExternalImsmaId, Sector ?? OrganisationSector.MineAction);
}

public sealed class OrganisationInputValidator : AbstractValidator<OrganisationInput>
{
    public OrganisationInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Organisation.MaxNameLength);
        RuleFor(x => x.Acronym).NotEmpty().MaximumLength(Organisation.MaxAcronymLength);
        RuleFor(x => x.Type).NotNull().IsInEnum();
        RuleFor(x => x.Sector).IsInEnum();
        RuleFor(x => x.CountryCode).NotEmpty()
            .Must(CountryCodes.IsValid).WithMessage("'{PropertyName}' must be an ISO 3166-1 alpha-3 code in capitals, e.g. KHM.");
        RuleFor(x => x.IatiIdentifier).MaximumLength(Organisation.MaxIatiIdentifierLength)
            .Must(id => Resources.IatiOrganisationIdentifier.Problem(id!.Trim()) is null)
            .When(x => !string.IsNullOrWhiteSpace(x.IatiIdentifier))
            .WithMessage(x => Resources.IatiOrganisationIdentifier.Problem(x.IatiIdentifier!.Trim()));
        RuleFor(x => x.ExternalImsmaId).MaximumLength(ExternalId.MaxLength);
    }
}
