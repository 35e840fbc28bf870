using MineAction.Application.People;

namespace MineAction.Api.Tests.Reliability;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh on a database with a victim's personal data: the restored copy is the same table by table
/// (checksums of every row) and, holding the Data Protection keys, gives the victim's name back through the API.
/// </summary>
public sealed class BackupRestoreTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private const string Name = "Sreymom Backup";

    [Fact]
    public async Task A_restored_backup_matches_every_table_and_still_decrypts_personal_data()
    {
        var victims = new Victims(app);
        var accident = await victims.AccidentAsync();
        var victim = await victims.CasualtyAsync(accident, new
        {
            sex = "Female", outcome = "Injured", ageGroup = "Age18To59", personalData = new { fullName = Name, nationalId = "XTA-2001-77710", phone = "+000 555 0177" },
        });
        var secret = app.IssueToken(MineActionApp.DemoUser(Roles.VictimAssistanceOfficer)).Secret;

        var folder = Directory.CreateTempSubdirectory("mineaction-backup");
        var file = Path.Combine(folder.FullName, "programme.dump");
        var restored = $"{app.DatabaseName}_r";
        try
        {
            var backup = await RunAsync("backup.sh", "--database", app.DatabaseName, file);
            Assert.True(backup.Exit == 0, backup.Output);
            Assert.Contains("Data Protection keys", backup.Output, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }

            var restore = await RunAsync("restore.sh", "--database", restored, file);
            Assert.True(restore.Exit == 0, restore.Output);

            var source = await ChecksumsAsync(app.DatabaseName);
            Assert.Contains("victim_personal_data", source.Keys);
            Assert.Contains("data_protection_keys", source.Keys);
            Assert.Equal(source, await ChecksumsAsync(restored));

            await using var copy = app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:MineAction", TestDatabase.ConnectionString(restored)));
            var va = copy.CreateClient();
            va.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
            var read = await va.GetAsync<AccidentDto>($"/api/v1/accidents/{accident.Id}");
            Assert.Equal(Name, read.Casualties.Single(c => c.Id == victim.Id).PersonalData!.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
            await TestDatabase.DropAsync(restored);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_refused_and_the_database_named_is_untouched()
    {
        var folder = Directory.CreateTempSubdirectory("mineaction-backup");
        try
        {
            var file = Path.Combine(folder.FullName, "not-a-backup.dump");
            await File.WriteAllTextAsync(file, "hazard_id,name\nHA-1,North field\n");
            var before = await ChecksumsAsync(app.DatabaseName);
            var restore = await RunAsync("restore.sh", "--database", app.DatabaseName, file);
            Assert.NotEqual(0, restore.Exit);
            Assert.Contains("not a pg_dump", restore.Output, StringComparison.Ordinal);
            Assert.Equal(before, await ChecksumsAsync(app.DatabaseName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Task<(int Exit, string Output)> RunAsync(string script, params string[] arguments) =>
        ExternalTool.RunScriptAsync(script, new Dictionary<string, string>(), arguments);

    private static Task<Dictionary<string, string>> ChecksumsAsync(string database) => TableChecksums.OfAsync(TestDatabase.ConnectionString(database));
}
