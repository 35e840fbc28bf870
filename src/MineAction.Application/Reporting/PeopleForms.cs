namespace MineAction.Application.Reporting;

/// <summary>The forms both conventions ask about people: risk education, victim assistance and the international cooperation received.</summary>
internal static class PeopleForms
{
    private const string Total = "total";

    private static readonly FigureColumn[] Sadd = [new("girls", "Girls"), new("boys", "Boys"), new("women", "Women"), new("men", "Men"), new(Total, "Total")];

    /// <summary>Warnings: approved risk education sessions of the year and the people reached, by sex and age, and of them persons with disabilities.</summary>
    public static ReportForm RiskEducation(CellLedger l, string code, IEnumerable<TreatyFacts.EoreSession> sessions)
    {
        var form = new FormBuilder(l, code, "Measures to warn the population: explosive ordnance risk education", ["Figure"], Sadd)
        {
            Note = "The marking and fencing of the areas still to be released follow in the next table.",
        };
        form.Row("sessions", "Sessions held").Row("beneficiaries", "People reached").Row("withDisabilities", "Of whom persons with disabilities");
        foreach (var s in sessions)
        {
            var record = new CellRecord("EoreSession", s.Id, s.Label, 1m);
            form.Add("sessions", [], Total, record);
            Sex(form, "beneficiaries", record, s.Beneficiaries);
            Sex(form, "withDisabilities", record, s.WithDisabilities);
        }

        return form.Build();
    }

    /// <summary>Victim assistance: services delivered in the year by pillar and the survivor's sex.</summary>
    public static ReportForm VictimAssistance(CellLedger l, string code, IEnumerable<TreatyFacts.AssistanceService> services)
    {
        var form = new FormBuilder(l, code, "Victim assistance: services delivered", ["Pillar"],
            [new("female", "Female"), new("male", "Male"), new(Total, "Total")]);
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            form.Row(pillar.ToString(), pillar.ToString());
        }

        foreach (var s in services)
        {
            form.Add(s.Pillar.ToString(), [], s.Sex == Domain.People.Sex.Female ? "female" : "male", s.Record, Total);
            form.Add(s.Pillar.ToString(), [], Total, s.Record, Total);
        }

        return form.Build(totalRow: Total);
    }

    /// <summary>International cooperation and assistance: funds received in the year per donor, in US dollars.</summary>
    public static ReportForm Cooperation(CellLedger l, string code, IEnumerable<TreatyFacts.FundsReceived> funds)
    {
        var form = new FormBuilder(l, code, "International cooperation and assistance received", ["Donor", "Acronym"], [new("receivedUsd", "Received (USD)")]);
        foreach (var f in funds)
        {
            form.Add(RowKeys.Of(f.DonorAcronym), [f.DonorName, f.DonorAcronym], "receivedUsd", f.Record, Total);
        }

        return form.Build(sortRows: true, totalRow: Total);
    }

    private static void Sex(FormBuilder form, string row, CellRecord record, Domain.Common.Sadd people)
    {
        foreach (var (column, count) in new[] { ("girls", people.Girls), ("boys", people.Boys), ("women", people.Women), ("men", people.Men) })
        {
            if (count > 0)
            {
                form.Add(row, [], column, record with { Amount = count });
                form.Add(row, [], Total, record with { Amount = count });
            }
        }
    }
}
