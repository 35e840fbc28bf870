using MineAction.Domain.Common;
using MineAction.Domain.People;

namespace MineAction.Domain.Tests.People;

public sealed class AssistanceCaseTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static Casualty Casualty(CasualtyOutcome outcome) =>
        new(Guid.NewGuid(), Sex.Female, AgeGroup.Age18To59, outcome, outcome == CasualtyOutcome.Injured ? [Injury.LowerLimbAmputation] : [], false);

    [Fact]
    public void Victim_codes_stay_distinct_across_a_national_register()
    {
        // 40,000 casualties: with the 32-bit codes of before, two shared a code about one time in five.
        var codes = Enumerable.Range(0, 40_000).Select(_ => Casualty(CasualtyOutcome.Injured).VictimCode).ToList();
        Assert.All(codes, c => Assert.Matches("^V-[0-9A-F]{12}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void A_person_killed_has_no_case_of_their_own()
    {
        var violation = Assert.Throws<DomainRuleViolation>(() =>
            new AssistanceCase(Casualty(CasualtyOutcome.Killed), null, [Pillar.Psychosocial], Today, null, Today));
        Assert.Equal(("CASE_FOR_DECEASED", "relationship"), (violation.Code, violation.Field));
    }

    [Fact]
    public void A_family_member_of_a_person_killed_has_a_case_as_an_indirect_victim()
    {
        var family = new AssistanceCase(Casualty(CasualtyOutcome.Killed), " daughter ", [Pillar.Education], Today, null, Today);
        Assert.Equal("daughter", family.Relationship);
        Assert.Equal(CaseStatus.Open, family.Status);
    }

    [Fact]
    public void A_survivor_has_a_case_of_their_own()
    {
        var survivor = new AssistanceCase(Casualty(CasualtyOutcome.Injured), null, [Pillar.Rehabilitation, Pillar.Medical, Pillar.Medical], Today, null, Today);
        Assert.Null(survivor.Relationship);
        Assert.Equal([Pillar.Medical, Pillar.Rehabilitation], survivor.Needs);
    }
}
