namespace MineAction.Application.Review;

/// <summary>The kinds of record an information manager reviews before they count in official figures.</summary>
public enum SubmissionKind
{
    HazardousArea,
    Activity,
    Product,
    Device,
    EoreSession,
    LotMovement,
}

/// <summary>
/// A record awaiting review in the inbox. <see cref="Type"/>, <see cref="Name"/>, <see cref="Quantity"/> and <see cref="On"/> describe it in its
/// kind's own terms: a hazard's type, name, area (m²) and recording date; an activity's type, its hazard, the results submitted with it and its
/// start; released land's outcome, area and release date; a device's category, model, quantity and find date; a risk education session's
/// audience, its beneficiaries and date; a stockpile movement's kind, lot, quantity and date. <see cref="ParentId"/> is the activity of
/// released land or a device and the lot of a movement. <see cref="EarlierComment"/> is the comment of an earlier return, if any.
/// </summary>
public sealed record Submission(SubmissionKind Kind, Guid Id, uint RowVersion, string Type, string? Name, double Quantity, DateOnly? On,
    Guid? HazardId, string? HazardCode, Guid? ParentId, string? Organisation, string SubmittedBy, DateTimeOffset SubmittedAt, string? EarlierComment);

/// <summary>How many records of each kind await review (every kind listed, zero included, in the kinds' order), and in all.</summary>
public sealed record SubmissionCounts(IReadOnlyList<SubmissionCounts.KindCount> ByKind, int Total)
{
    public sealed record KindCount(SubmissionKind Kind, int Count);

    public int Of(SubmissionKind kind) => ByKind.Single(k => k.Kind == kind).Count;
}
