using System.Security.Cryptography;

namespace MineAction.Domain.People;

public enum Sex
{
    Female,
    Male,
}

/// <summary>Age groups of the reports: 0–4, 5–11, 12–17, 18–59, 60+.</summary>
public enum AgeGroup
{
    Age0To4,
    Age5To11,
    Age12To17,
    Age18To59,
    Age60Plus,
}

public enum CasualtyOutcome
{
    Killed,
    Injured,
}

public enum Injury
{
    UpperLimbAmputation,
    LowerLimbAmputation,
    Visual,
    Hearing,
    Other,
}

/// <summary>
/// A person killed or injured in an accident, as every role and every export sees them: a pseudonymous victim
/// code, sex, age group and outcome. Names, ID, birth date, address and phone live apart, encrypted, in
/// <see cref="VictimPersonalData"/>.
/// </summary>
public sealed class Casualty : Entity
{
    private Casualty()
    {
    }

    public Casualty(Guid accidentId, Sex sex, AgeGroup ageGroup, CasualtyOutcome outcome, IReadOnlyCollection<Injury> injuries, bool hasDisability)
    {
        if (outcome == CasualtyOutcome.Killed && injuries.Count > 0)
        {
            throw new DomainRuleViolation("KILLED_WITH_INJURIES", "Injuries are recorded for survivors.", "injuries");
        }

        AccidentId = accidentId;
        VictimCode = "V-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(VictimCodeBytes));
        Sex = sex;
        AgeGroup = ageGroup;
        Outcome = outcome;
        Injuries = injuries.Distinct().Order().ToList();
        HasDisability = hasDisability;
    }

    public Guid AccidentId { get; private set; }

    /// <summary>
    /// Random bytes of a victim code: six (48 bits), since with four two of a national register's 40,000 casualties shared a code about one
    /// time in five (the unique index then refused the record); with six, about one time in 14,000 at 200,000 casualties.
    /// </summary>
    public const int VictimCodeBytes = 6;

    /// <summary>Pseudonymous code: the only identifier outside the victim assistance team.</summary>
    public string VictimCode { get; private set; } = string.Empty;
    public Sex Sex { get; private set; }
    public AgeGroup AgeGroup { get; private set; }
    public CasualtyOutcome Outcome { get; private set; }
    public IReadOnlyList<Injury> Injuries { get; private set; } = [];
    public bool HasDisability { get; private set; }

    /// <summary>Its id in the system it came from (IMSMA's, or a field form's submission id; see <see cref="ExternalId"/>).</summary>
    public string? ExternalImsmaId { get; private set; }

    public void Identify(string? externalId) => ExternalImsmaId = ExternalId.Normalise(externalId);

    /// <summary>The age group of someone born on <paramref name="birth"/> on the day of the accident.</summary>
    public static AgeGroup AgeGroupOn(DateOnly birth, DateOnly accident)
    {
        if (birth > accident)
        {
            throw new DomainRuleViolation("BIRTH_AFTER_ACCIDENT", "The date of birth is after the accident.", "personalData.dateOfBirth");
        }

        var age = accident.Year - birth.Year - (accident.DayOfYear < birth.DayOfYear ? 1 : 0);
        return age switch
        {
            < 5 => AgeGroup.Age0To4,
            < 12 => AgeGroup.Age5To11,
            < 18 => AgeGroup.Age12To17,
            < 60 => AgeGroup.Age18To59,
            _ => AgeGroup.Age60Plus,
        };
    }
}

/// <summary>
/// A victim's personal data, each field encrypted before it reaches the database. Only victim assistance
/// officers and administrators read it, and every read is audited. Not an <see cref="Entity"/>: its values
/// must never be copied into the general audit trail.
/// </summary>
public sealed class VictimPersonalData
{
    private VictimPersonalData()
    {
    }

    public VictimPersonalData(Guid casualtyId, string fullName, string? nationalId, string? dateOfBirth, string? address, string? phone)
    {
        CasualtyId = casualtyId;
        FullName = fullName;
        NationalId = nationalId;
        DateOfBirth = dateOfBirth;
        Address = address;
        Phone = phone;
    }

    public Guid CasualtyId { get; private set; }

    // Ciphertext (ASP.NET Core Data Protection); plain text never reaches the database.
    public string FullName { get; private set; } = string.Empty;
    public string? NationalId { get; private set; }
    public string? DateOfBirth { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
}
