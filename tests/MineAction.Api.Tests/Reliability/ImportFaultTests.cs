using Microsoft.EntityFrameworkCore;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;
using Npgsql;

namespace MineAction.Api.Tests.Reliability;

/// <summary>The app killed (SIGKILL) in the middle of committing an import: nothing of the import is kept, and it can be committed after a restart.</summary>
public sealed class ImportFaultTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    [Fact]
    public async Task Killed_during_a_commit_nothing_of_the_import_is_kept_and_after_restart_it_commits_whole()
    {
        var secret = app.IssueToken(MineActionApp.DemoUser(Roles.InformationManager)).Secret;
        var rows = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Killed Org {i},KL{i:00}X,NationalNgo,XTA"));
        var name = $"fault-{Guid.NewGuid():N}"[..20];
        Guid id;
        await using (var pause = await WritePause.OnAsync(app.ConnectionString, "imported_records", "INSERT"))
        {
            var connection = new NpgsqlConnectionStringBuilder(app.ConnectionString) { ApplicationName = name }.ConnectionString;
            await using var server = await AppProcess.StartAsync(connection);
            var client = server.Client(secret);
            var uploaded = await client.PostAsync("/api/v1/imports?recordType=Organisations&fileName=killed.csv",
                new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"name,acronym,type,country\n{rows}\n"))).ReadAsync<ImportJobDto>();
            id = uploaded.Id;
            Assert.Equal(ImportState.Valid, (await DataImport.ImportApi.WaitAsync(client, id)).State);

            var commit = client.PostAsync($"/api/v1/imports/{id}/commit", null);
            await pause.WaitUntilBlockedAsync(name); // every organisation is written inside the commit's transaction by now
            await server.KillAsync();
            await pause.ReleaseAsync(name);
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => commit);
        }

        await using (var db = app.Db())
        {
            Assert.False(await db.Organisations.AnyAsync(o => o.Acronym.StartsWith("KL")));
            Assert.Equal(ImportState.Valid, (await db.ImportJobs.SingleAsync(j => j.Id == id)).State);
            Assert.False(await db.ImportedRecords.AnyAsync(r => r.ImportId == id));
        }

        await using var restarted = await AppProcess.StartAsync(app.ConnectionString);
        var committed = await restarted.Client(secret).PostAsync($"/api/v1/imports/{id}/commit", null).ReadAsync<ImportJobDto>();
        Assert.Equal((ImportState.Committed, 60), (committed.State, committed.Created));
        await using var after = app.Db();
        Assert.Equal(60, await after.Organisations.CountAsync(o => o.Acronym.StartsWith("KL")));
    }
}
