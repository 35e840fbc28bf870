using NetTopologySuite.Geometries;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// The people side of the demo programme: accidents near the hazardous areas since 2015 with their casualties
/// (sex, age group, injuries; survivors' names and villages encrypted like any entered by a victim assistance officer), victim assistance
/// cases with services, referrals and follow-ups (some overdue, some closed), and approved risk education sessions.
/// </summary>
internal static class DemoPeople
{
    private static readonly ActivityAtTime[] Activities =
        [ActivityAtTime.Farming, ActivityAtTime.Farming, ActivityAtTime.Herding, ActivityAtTime.CollectingWood, ActivityAtTime.Tampering,
         ActivityAtTime.Travelling, ActivityAtTime.Playing, ActivityAtTime.Demining];

    private static readonly string[] Sources = ["Provincial hospital report", "Village chief", "Operator incident report", "Police report"];

    private static readonly string[] GivenNames = ["Sokha", "Dara", "Bopha", "Vanna", "Chenda", "Rithy", "Sophal", "Kosal", "Maly", "Piseth", "Srey", "Vuthy"];

    private static readonly string[] FamilyNames = ["Chan", "Lim", "Ouk", "Pheap", "Sok", "Keo", "Meas", "Nhem", "Thach", "Yim"];

    public static IEnumerable<object> For(Random random, IReadOnlyList<HazardousArea> hazards, IReadOnlyList<Organisation> organisations,
        Func<string, string> protect, DateOnly today, int accidents = 60, int sessions = 80)
    {
        var providers = organisations.Where(o => o.Sector is OrganisationSector.HealthAndRehabilitation or OrganisationSector.SocialAndEconomicInclusion).ToList();
        var educators = organisations.Where(o => o.Acronym is "TDO" or "CMAN" or "RSI" or "HALO" or "MAG" or "UNICEF").ToList();
        var start = new DateOnly(2015, 1, 1);
        foreach (var (hazard, i) in hazards.Take(accidents).Select((h, i) => (h, i)))
        {
            var occurredOn = start.AddDays(random.Next(today.DayNumber - start.DayNumber - 30));
            var people = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.NextDouble() < 0.3 ? CasualtyOutcome.Killed : CasualtyOutcome.Injured).ToList();
            var accident = new Accident(occurredOn, (Point)hazard.Geometry.InteriorPoint.Copy(), hazard.ProvinceId, hazard.DistrictId,
                hazard.DeviceCategories.Count > 0 ? hazard.DeviceCategories[0] : DeviceCategory.UnexplodedOrdnance, i % 4 == 0 ? null : hazard.Id,
                Activities[random.Next(Activities.Length)], people.Count(o => o == CasualtyOutcome.Killed),
                people.Count(o => o == CasualtyOutcome.Injured), Sources[random.Next(Sources.Length)], today);
            yield return accident;
            foreach (var outcome in people)
            {
                var injuries = outcome == CasualtyOutcome.Killed ? [] : new[] { (Injury)random.Next(Enum.GetValues<Injury>().Length) };
                var casualty = new Casualty(accident.Id, random.NextDouble() < 0.75 ? Sex.Male : Sex.Female,
                    (AgeGroup)random.Next(Enum.GetValues<AgeGroup>().Length), outcome, injuries,
                    injuries.Any(x => x is Injury.LowerLimbAmputation or Injury.UpperLimbAmputation or Injury.Visual));
                yield return casualty;
                if (outcome == CasualtyOutcome.Injured)
                {
                    yield return new VictimPersonalData(casualty.Id,
                        protect($"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}"), null, null,
                        protect($"Phum {FamilyNames[random.Next(FamilyNames.Length)]}, {hazard.Name}"), null);
                }

                if (outcome == CasualtyOutcome.Injured && random.NextDouble() < 0.7)
                {
                    foreach (var record in Case(random, casualty, null, occurredOn, providers, today))
                    {
                        yield return record;
                    }
                }
                else if (outcome == CasualtyOutcome.Killed && random.NextDouble() < 0.4)
                {
                    foreach (var record in Case(random, casualty, random.NextDouble() < 0.5 ? "Spouse" : "Son", occurredOn, providers, today))
                    {
                        yield return record;
                    }
                }
            }
        }

        foreach (var (hazard, i) in hazards.Take(sessions).Select((h, i) => (h, i)))
        {
            var heldOn = new DateOnly(2019, 1, 1).AddDays(random.Next(today.DayNumber - new DateOnly(2019, 1, 1).DayNumber));
            var reached = new Sadd(random.Next(5, 60), random.Next(5, 60), random.Next(5, 40), random.Next(5, 40));
            var session = new EoreSession(heldOn, (Point)hazard.Geometry.InteriorPoint.Copy(), hazard.ProvinceId, educators[i % educators.Count].Id,
                (DeliveryMethod)(i % 4), (Audience)(i % 3 == 0 ? 1 : i % 4), reached,
                new Sadd(random.Next(0, 3), random.Next(0, 3), random.Next(0, 3), random.Next(0, 3)),
                i % 2 == 0 ? "Posters, leaflets and the national safety booklet" : "Radio spot and community meeting", today);
            session.Approve("im@tarsenia.example", DateTimeOffset.UtcNow, "Checked against the session register");
            yield return session;
        }
    }

    /// <summary>A case opened within weeks of the accident, with services and referrals; recent ones open with a follow-up date, older ones closed.</summary>
    private static List<object> Case(Random random, Casualty casualty, string? relationship, DateOnly accident, List<Organisation> providers,
        DateOnly today)
    {
        var openedOn = accident.AddDays(random.Next(3, 30));
        var needs = relationship is null
            ? new[] { Pillar.Medical, Pillar.Rehabilitation, Pillar.Psychosocial, Pillar.EconomicInclusion }
            : new[] { Pillar.Psychosocial, Pillar.Education, Pillar.EconomicInclusion };
        var assistanceCase = new AssistanceCase(casualty, relationship, needs.Take(random.Next(1, needs.Length + 1)).ToList(), openedOn,
            openedOn.AddDays(90), today);
        var records = new List<object> { assistanceCase };
        foreach (var need in assistanceCase.Needs)
        {
            var deliveredOn = openedOn.AddDays(Math.Min(random.Next(0, 60), today.DayNumber - openedOn.DayNumber));
            records.Add(new AssistanceService(assistanceCase, deliveredOn, providers[random.Next(providers.Count)].Id, need,
                need == Pillar.Rehabilitation ? 850 : random.Next(20, 300), today));
        }

        var referral = new Referral(assistanceCase, providers[random.Next(providers.Count)].Id, assistanceCase.Needs[^1], openedOn, today);
        referral.Move(ReferralStatus.Accepted);
        if (random.NextDouble() < 0.6)
        {
            referral.Move(ReferralStatus.Completed);
        }

        records.Add(referral);
        var age = today.DayNumber - openedOn.DayNumber;
        if (age > 3 * 365 && random.NextDouble() < 0.7)
        {
            assistanceCase.Close(openedOn.AddDays(random.Next(365, 3 * 365)), "Needs met; survivor back at work", today);
        }
        else
        {
            // Follow-ups due around today: some are overdue, which the overdue list shows.
            assistanceCase.Follow(today.AddDays(random.Next(-40, 60)), assistanceCase.Needs);
        }

        return records;
    }
}
