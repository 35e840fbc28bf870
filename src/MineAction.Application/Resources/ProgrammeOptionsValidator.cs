namespace MineAction.Application.Resources;

/// <summary>
/// Refuses programme settings an IATI reader would reject: the recipient country (Country codelist), the reporting organisation's
/// identifier (OrganisationRegistrationAgency) and type (OrganisationType), the admin-area vocabulary (GeographicVocabulary).
/// Checked at start-up (the application does not start) and on every IATI export with the settings as they are then
/// (changed settings that fail close the export with a 409 until fixed; the rest of the application keeps running).
/// </summary>
public static class ProgrammeOptionsValidator
{
    public static IEnumerable<string> Failures(ProgrammeOptions o)
    {
        const string Prefix = ProgrammeOptions.Section + ":";
        if (o.IatiRecipientCountry.Length > 0 && IatiCodelist.Country.Problem(o.IatiRecipientCountry) is { } country)
        {
            yield return $"{Prefix}{nameof(o.IatiRecipientCountry)}: {country} Use the programme's ISO 3166-1 alpha-2 code, e.g. KH.";
        }

        if (o.IatiReportingOrgRef.Length > 0 && IatiOrganisationIdentifier.Problem(o.IatiReportingOrgRef) is { } reference)
        {
            yield return $"{Prefix}{nameof(o.IatiReportingOrgRef)}: {reference}";
        }

        if (IatiCodelist.OrganisationType.Problem(o.IatiReportingOrgType.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } type)
        {
            yield return $"{Prefix}{nameof(o.IatiReportingOrgType)}: {type} 10 is government.";
        }

        if (o.IatiAdminVocabulary.Length > 0 && IatiCodelist.GeographicVocabulary.Problem(o.IatiAdminVocabulary) is { } vocabulary)
        {
            yield return $"{Prefix}{nameof(o.IatiAdminVocabulary)}: {vocabulary} Leave it empty for national p-codes.";
        }

        if ((o.IatiReportingOrgRef.Length > 0) != (o.IatiRecipientCountry.Length > 0))
        {
            yield return $"{Prefix}{nameof(o.IatiReportingOrgRef)} and {nameof(o.IatiRecipientCountry)} are set together (both or neither).";
        }
    }
}
