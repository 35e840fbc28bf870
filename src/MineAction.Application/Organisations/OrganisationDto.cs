using System.Linq.Expressions;
using MineAction.Domain.Organisations;

namespace MineAction.Application.Organisations;

public sealed record OrganisationDto(
    Guid Id,
    string Name,
    string Acronym,
    OrganisationType Type,
    int IatiTypeCode,
    string CountryCode,
    string? IatiIdentifier,
    string? ExternalImsmaId,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? ArchivedAt,
    string? ArchiveReason,
    uint RowVersion)
{
    public static readonly Expression<Func<Organisation, OrganisationDto>> Projection = o => new OrganisationDto(
        o.Id, o.Name, o.Acronym, o.Type, (int)o.Type, o.CountryCode, o.IatiIdentifier, o.ExternalImsmaId,
        o.CreatedAt, o.CreatedBy, o.UpdatedAt, o.UpdatedBy, o.ArchivedAt, o.ArchiveReason, o.RowVersion);
}
