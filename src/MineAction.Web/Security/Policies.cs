using Microsoft.AspNetCore.Authorization;
using MineAction.Application.Security;

namespace MineAction.Web.Security;

/// <summary>The authorization policies by name: endpoints and pages ask for a policy, never for a list of roles.</summary>
public static class Policies
{
    public const string Reader = nameof(Reader);
    public const string DataEntry = nameof(DataEntry);
    public const string Reviewer = nameof(Reviewer);
    public const string Auditor = nameof(Auditor);
    public const string Quality = nameof(Quality);
    public const string Finance = nameof(Finance);
    public const string Administrator = nameof(Administrator);

    /// <summary>NMAA staff who see all data, approved or not.</summary>
    public const string AllData = nameof(AllData);

    /// <summary>Who records accidents and casualties.</summary>
    public const string AccidentEntry = nameof(AccidentEntry);

    /// <summary>Who brings records in by file (data entry and accident entry: each record type admits its own roles).</summary>
    public const string Importers = nameof(Importers);

    /// <summary>Who sees and records victims' personal data (every read is audited).</summary>
    public const string PersonalData = nameof(PersonalData);

    /// <summary>The roles each policy admits (also what the API documentation says about who may call an operation).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [Reader] = Roles.All,
        [DataEntry] = Roles.DataEntry,
        [Reviewer] = Roles.Reviewers,
        [Auditor] = Roles.Auditors,
        [Quality] = Roles.Quality,
        [Finance] = Roles.Finance,
        [Administrator] = [Roles.Administrator],
        [AllData] = Roles.SeeAllData,
        [AccidentEntry] = Roles.AccidentEntry,
        [PersonalData] = Roles.PersonalData,
        [Importers] = Roles.Importers,
    };

    public static AuthorizationBuilder AddMineActionPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (policy, roles) in RolesOf)
        {
            builder.AddPolicy(policy, p => p.RequireRole(roles));
        }

        return builder;
    }
}
