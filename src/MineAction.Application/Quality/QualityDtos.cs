using Severity = MineAction.Domain.Quality.Severity;

namespace MineAction.Application.Quality;

public sealed record NonConformityDto(Guid Id, Guid VisitId, Guid ActivityId, Guid OrganisationId, string OrganisationAcronym, Severity Severity,
    string Description, string CorrectiveAction, DateOnly RaisedOn, DateOnly DueOn, DateOnly? ClosedOn, string? ClosureEvidence, uint RowVersion);

public sealed record VisitDto(Guid Id, VisitKind Kind, Guid ActivityId, Guid InspectedOrganisationId, Guid InspectingOrganisationId,
    DateOnly VisitedOn, string Findings, IReadOnlyList<NonConformityDto> NonConformities);
