using MineAction.Domain.Programme;

namespace MineAction.Application.Programme;

public static class UpdateProgrammeSettings
{
    /// <summary>Replaces the programme's settings (an administrator's); <c>ExpectedVersion</c> is the row version last read (If-Match).</summary>
    public sealed record Command(
        string? Name,
        string? CountryCode,
        string? ReportingCurrency,
        int DefaultClearanceDepthCm,
        double PriorityPerLandUseBlocked,
        double PriorityPerBeneficiaryMagnitude,
        double PriorityPerAccidentNearby,
        string? IatiReportingOrganisation = null,
        string? IatiReportingOrgRef = null,
        int IatiReportingOrgType = 10,
        string? IatiRecipientCountry = null,
        string? IatiRecipientRegion = null,
        string? IatiAdminVocabulary = null,
        string? Colour = null) : ICommand<ProgrammeSettingsDto>
    {
        [JsonIgnore]
        public uint? ExpectedVersion { get; init; }

        public ProgrammeDetails ToDetails() => new(
            Name!.Trim(), CountryCode!, ReportingCurrency!, DefaultClearanceDepthCm,
            new PriorityWeights(PriorityPerLandUseBlocked, PriorityPerBeneficiaryMagnitude, PriorityPerAccidentNearby),
            Blank(IatiReportingOrganisation), Blank(IatiReportingOrgRef), IatiReportingOrgType, Blank(IatiRecipientCountry),
            Blank(IatiRecipientRegion), Blank(IatiAdminVocabulary), Blank(Colour) is { Length: > 0 } colour ? colour : ProgrammeColour.Default);

        internal IatiSettingsRules.Values Iati() => new(Blank(IatiRecipientCountry), Blank(IatiRecipientRegion), Blank(IatiReportingOrgRef),
            IatiReportingOrgType, Blank(IatiAdminVocabulary));

        private static string Blank(string? value) => value?.Trim() ?? string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(ProgrammeSettings.MaxNameLength).WithName("name");
            RuleFor(c => c.CountryCode).NotEmpty().Must(CountryCodes.IsValid).WithName("countryCode")
                .WithMessage("'countryCode' must be the ISO 3166-1 alpha-3 code in capitals, e.g. KHM.");
            RuleFor(c => c.ReportingCurrency).NotEmpty().Must(CurrencyCode.IsKnown).WithName("reportingCurrency")
                .WithMessage("'reportingCurrency' must be an ISO 4217 currency code in capitals, e.g. USD.");
            RuleFor(c => c.DefaultClearanceDepthCm).InclusiveBetween(1, ProgrammeSettings.MaxClearanceDepthCm).WithName("defaultClearanceDepthCm");
            RuleFor(c => c.PriorityPerLandUseBlocked).InclusiveBetween(0, 100).WithName("priorityPerLandUseBlocked");
            RuleFor(c => c.PriorityPerBeneficiaryMagnitude).InclusiveBetween(0, 100).WithName("priorityPerBeneficiaryMagnitude");
            RuleFor(c => c.PriorityPerAccidentNearby).InclusiveBetween(0, 100).WithName("priorityPerAccidentNearby");
            RuleFor(c => c.IatiReportingOrganisation).MaximumLength(40).WithName("iatiReportingOrganisation");
            RuleFor(c => c.Colour).Must(c => ProgrammeColour.Problem(c!.Trim()) is null).When(c => !string.IsNullOrWhiteSpace(c.Colour)).WithName("colour")
                .WithMessage(c => ProgrammeColour.Problem(c.Colour!.Trim()));
            RuleFor(c => c).Custom((c, context) =>
            {
                foreach (var (field, message) in IatiSettingsRules.Failures(c.Iati()))
                {
                    context.AddFailure(field, message);
                }
            });
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ProgrammeSettingsDto>
    {
        public async ValueTask<ProgrammeSettingsDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureAdministrator();
            var settings = await db.FindForUpdateAsync(db.ProgrammeSettings, ProgrammeSettings.SingletonId, command.ExpectedVersion, cancellationToken);
            settings.Change(command.ToDetails());
            await db.SaveChangesAsync(cancellationToken);
            return ProgrammeSettingsDto.From(settings);
        }
    }
}
