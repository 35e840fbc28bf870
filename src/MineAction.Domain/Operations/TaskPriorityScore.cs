namespace MineAction.Domain.Operations;

/// <summary>The national weights of the task priority criteria (set by the NMAA).</summary>
/// <param name="PerLandUseBlocked">Points per kind of land use the hazard blocks.</param>
/// <param name="PerBeneficiaryMagnitude">Points per order of magnitude of direct beneficiaries: log10(1 + n).</param>
/// <param name="PerAccidentNearby">Points per accident linked to the hazard or recorded inside its polygon.</param>
public sealed record PriorityWeights(double PerLandUseBlocked, double PerBeneficiaryMagnitude, double PerAccidentNearby);

/// <summary>What the priority criteria read of one tasked hazardous area.</summary>
public sealed record PriorityFacts(int LandUsesBlocked, int DirectBeneficiaries, int AccidentsNearby);

/// <summary>The task priority score: the sum over the task's hazards of the weighted criteria; higher is tasked first.</summary>
public static class TaskPriorityScore
{
    public static double Of(IEnumerable<PriorityFacts> hazards, PriorityWeights weights) =>
        hazards.Sum(h => (h.LandUsesBlocked * weights.PerLandUseBlocked)
            + (Math.Log10(1 + h.DirectBeneficiaries) * weights.PerBeneficiaryMagnitude)
            + (h.AccidentsNearby * weights.PerAccidentNearby));
}
