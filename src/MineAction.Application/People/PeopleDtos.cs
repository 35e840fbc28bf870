namespace MineAction.Application.People;

public sealed record PersonalDataDto(string FullName, string? NationalId, DateOnly? DateOfBirth, string? Address, string? Phone);

/// <summary>A casualty as a role may see it: <see cref="PersonalData"/> is null unless the role may read personal data.</summary>
public sealed record CasualtyDto(Guid Id, Guid AccidentId, string VictimCode, Sex Sex, AgeGroup AgeGroup, CasualtyOutcome Outcome,
    IReadOnlyList<Injury> Injuries, bool HasDisability, PersonalDataDto? PersonalData, string? ExternalImsmaId = null);

public sealed record AccidentDto(Guid Id, DateOnly OccurredOn, double Longitude, double Latitude, Guid ProvinceId, Guid? DistrictId,
    DeviceCategory DeviceCategory, Guid? HazardousAreaId, ActivityAtTime ActivityAtTime, int Killed, int Injured, string? Source,
    IReadOnlyList<CasualtyDto> Casualties, string? ExternalImsmaId = null);

public sealed record EoreSessionDto(Guid Id, DateOnly HeldOn, double Longitude, double Latitude, Guid ProvinceId, Guid OrganisationId,
    DeliveryMethod Method, Audience Audience, Sadd Beneficiaries, Sadd WithDisabilities, string? Materials, ApprovalStatus ApprovalStatus,
    string? ReviewComment, uint RowVersion, string? ExternalImsmaId);

public sealed record AssistanceServiceDto(Guid Id, DateOnly DeliveredOn, Guid ProviderId, string Provider, Pillar Pillar, decimal CostUsd, string? ExternalImsmaId);

public sealed record ReferralDto(Guid Id, Guid ProviderId, string Provider, Pillar Pillar, DateOnly ReferredOn, ReferralStatus Status);

public sealed record AssistanceCaseDto(Guid Id, Guid CasualtyId, string VictimCode, string? Relationship, IReadOnlyList<Pillar> Needs, CaseStatus Status,
    DateOnly OpenedOn, DateOnly? NextFollowUpOn, DateOnly? ClosedOn, string? CloseReason, IReadOnlyList<AssistanceServiceDto> Services,
    IReadOnlyList<ReferralDto> Referrals, uint RowVersion);
