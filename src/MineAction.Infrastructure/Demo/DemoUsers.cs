using Microsoft.AspNetCore.Identity;
using MineAction.Application.Security;
using MineAction.Infrastructure.Identity;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure.Demo;

/// <summary>
/// One demo user per role, created by the demo seed only (never in a production set-up). Listed in
/// the README with the shared password.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Tarsenia-Demo-2026";

    public static readonly (string Email, string Name, string Role, string Organisation)[] All =
    [
        ("admin@tarsenia.example", "Amara Admin", Roles.Administrator, "NMAA"),
        ("im@tarsenia.example", "Ines Information-Manager", Roles.InformationManager, "TMAC"),
        ("qm@tarsenia.example", "Quentin Quality-Manager", Roles.QualityManager, "TMAC"),
        ("operator.halo@tarsenia.example", "Olga Operator (HALO)", Roles.OperatorDataEntry, "HALO"),
        ("operator.tdo@tarsenia.example", "Tomas Operator (TDO)", Roles.OperatorDataEntry, "TDO"),
        ("va@tarsenia.example", "Vera Victim-Assistance", Roles.VictimAssistanceOfficer, "TLSA"),
        ("donor@tarsenia.example", "Dario Donor-Reporting", Roles.DonorReporting, "EU"),
        ("viewer@tarsenia.example", "Vik Viewer", Roles.Viewer, "UNDP"),
    ];

    public static async Task CreateAsync(MineActionDbContext db, UserManager<ApplicationUser> users)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Acronym, o => o.Id);
        foreach (var (email, name, role, organisation) in All)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await IdentitySetup.CreateUserAsync(users, email, name, Password, organisations[organisation], role);
            }
        }
    }
}
