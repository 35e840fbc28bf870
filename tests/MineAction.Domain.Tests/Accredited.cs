using MineAction.Domain.LandRelease;
using MineAction.Domain.Operations;

namespace MineAction.Domain.Tests;

/// <summary>Starts activities of organisations that hold a nationwide accreditation for them (the rule itself: AccreditedWorkTests).</summary>
internal static class Accredited
{
    public static readonly Guid Province = Guid.NewGuid();

    public static IReadOnlyCollection<Accreditation> Nationwide(LandReleaseActivity activity) =>
        [new Accreditation(activity.OrganisationId, Accreditation.For(activity.Type), "NMAA/TEST", new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31), [])];

    public static void StartAccredited(this LandReleaseActivity activity, DateOnly on, DateOnly today) =>
        activity.Start(on, today, Nationwide(activity), Province);
}
