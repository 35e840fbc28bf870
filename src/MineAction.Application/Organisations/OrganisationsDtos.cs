using System.Linq.Expressions;

namespace MineAction.Application.Organisations;

public sealed record OrganisationDto(
    Guid Id,
    string Name,
    string Acronym,
    OrganisationType Type,
    string CountryCode,
    string? IatiIdentifier,
    string? ExternalImsmaId,
    OrganisationSector Sector,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? ArchivedAt,
    string? ArchiveReason,
    uint RowVersion)
{
    /// <summary>The IATI OrganisationType code (10 government, 21 international NGO, …).</summary>
    public int IatiTypeCode => (int)Type;

    public static readonly Expression<Func<Organisation, OrganisationDto>> Projection = o => new OrganisationDto(
        o.Id, o.Name, o.Acronym, o.Type, o.CountryCode, o.IatiIdentifier, o.ExternalImsmaId, o.Sector,
        o.CreatedAt, o.CreatedBy, o.UpdatedAt, o.UpdatedBy, o.ArchivedAt, o.ArchiveReason, o.RowVersion);
}
