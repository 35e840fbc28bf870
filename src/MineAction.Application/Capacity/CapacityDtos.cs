namespace MineAction.Application.Capacity;

public sealed record CapacityDto(Guid Id, Guid OrganisationId, string OrganisationAcronym, int Year, int? Quarter, CapacityFigures Figures, uint RowVersion);
