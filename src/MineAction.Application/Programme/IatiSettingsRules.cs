using System.Globalization;
using MineAction.Application.Resources;
using MineAction.Domain.Programme;

namespace MineAction.Application.Programme;

/// <summary>
/// Refuses IATI settings an IATI reader would reject: the recipient country (Country codelist) or region (Region), the reporting
/// organisation's identifier (OrganisationRegistrationAgency) and type (OrganisationType), the admin-area vocabulary
/// (GeographicVocabulary). Checked when an administrator saves them (400 naming the field) and on every IATI export (409 while stored
/// values fail a newer codelist).
/// </summary>
public static class IatiSettingsRules
{
    public sealed record Values(string RecipientCountry, string RecipientRegion, string OrgRef, int OrgType, string AdminVocabulary);

    public static Values Of(ProgrammeSettings s) =>
        new(s.IatiRecipientCountry, s.IatiRecipientRegion, s.IatiReportingOrgRef, s.IatiReportingOrgType, s.IatiAdminVocabulary);

    /// <summary>Every failing setting: the request field it names and what is wrong.</summary>
    public static IEnumerable<(string Field, string Message)> Failures(Values v)
    {
        if (v.RecipientCountry.Length > 0 && IatiCodelist.Country.Problem(v.RecipientCountry) is { } country)
        {
            yield return ("iatiRecipientCountry", $"{country} Use the programme's ISO 3166-1 alpha-2 code, e.g. KH.");
        }

        if (v.RecipientRegion.Length > 0 && IatiCodelist.Region.Problem(v.RecipientRegion) is { } region)
        {
            yield return ("iatiRecipientRegion", $"{region} Use an OECD DAC region code, e.g. 789 (Far East Asia, regional).");
        }

        if (v.OrgRef.Length > 0 && IatiOrganisationIdentifier.Problem(v.OrgRef) is { } reference)
        {
            yield return ("iatiReportingOrgRef", reference);
        }

        if (IatiCodelist.OrganisationType.Problem(v.OrgType.ToString(CultureInfo.InvariantCulture)) is { } type)
        {
            yield return ("iatiReportingOrgType", $"{type} 10 is government.");
        }

        if (v.AdminVocabulary.Length > 0 && IatiCodelist.GeographicVocabulary.Problem(v.AdminVocabulary) is { } vocabulary)
        {
            yield return ("iatiAdminVocabulary", $"{vocabulary} Leave it empty for national p-codes.");
        }

        if (v.RecipientCountry.Length > 0 && v.RecipientRegion.Length > 0)
        {
            yield return ("iatiRecipientRegion", "Give the IATI recipient country or the region, not both.");
        }

        if ((v.OrgRef.Length > 0) != (v.RecipientCountry.Length > 0 || v.RecipientRegion.Length > 0))
        {
            yield return ("iatiReportingOrgRef", "The IATI reporting organisation's identifier and the recipient country (or region) are set together, or neither.");
        }
    }
}
