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

    /// <summary>Who sees and records victims' personal data (every read is audited).</summary>
    public const string PersonalData = nameof(PersonalData);

    public static AuthorizationBuilder AddMineActionPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Reader, p => p.RequireRole(Roles.All))
        .AddPolicy(DataEntry, p => p.RequireRole(Roles.DataEntry))
        .AddPolicy(Reviewer, p => p.RequireRole(Roles.Reviewers))
        .AddPolicy(Auditor, p => p.RequireRole(Roles.Auditors))
        .AddPolicy(Quality, p => p.RequireRole(Roles.Quality))
        .AddPolicy(Finance, p => p.RequireRole(Roles.Finance))
        .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
        .AddPolicy(AllData, p => p.RequireRole(Roles.SeeAllData))
        .AddPolicy(AccidentEntry, p => p.RequireRole(Roles.AccidentEntry))
        .AddPolicy(PersonalData, p => p.RequireRole(Roles.PersonalData));
}
