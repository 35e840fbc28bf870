using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;

namespace MineAction.Benchmarks;

/// <summary>
/// Issue #16, item 5's memory bound: how much the process's resident memory grows (its peak, VmHWM, over its resident size before) while
/// a hazardous-area CSV of <c>megabytes</c> is read from disk as a request body would be, uploaded, checked and committed. Peak RSS is
/// what BenchmarkDotNet does not measure, so this runs on its own: <c>dotnet run -c Release -- import-memory [megabytes]</c>.
/// </summary>
public static class ImportMemory
{
    public static async Task<int> RunAsync(int megabytes)
    {
        var connectionString = await BenchDatabase.EnsureAsync("mineaction_bench_imports", demoSize: 0);
        var remove = ImportBenchmarks.RemoveImported("MEM-");
        await BenchDatabase.ExecuteAsync(connectionString, remove);
        var path = Path.Combine(Path.GetTempPath(), $"mineaction-import-{megabytes}mb.csv");
        var rows = await WriteFileAsync(path, megabytes * 1024L * 1024L);
        await using var services = BenchDatabase.Services(connectionString, Application.Security.Roles.InformationManager);

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = Status("VmRSS");
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5"); // resets VmHWM to the current resident size
        var started = DateTime.UtcNow;
        DateTime uploaded = default, checkedAt = default;
        var peaks = new List<long>();
        var allocated = new List<long> { GC.GetTotalAllocatedBytes(precise: true) };

        await using (var scope = services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await using var body = File.OpenRead(path); // read as a request body is: a piece at a time
            var job = await mediator.Send(new UploadImport.Command(ImportRecordType.HazardousAreas, "memory.csv", body));
            uploaded = DateTime.UtcNow;
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true));
            peaks.Add(await PeakAsync());
            await mediator.Send(new CheckImport.Command(job.Id));
            checkedAt = DateTime.UtcNow;
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true));
            peaks.Add(await PeakAsync());
            var committed = await mediator.Send(new CommitImport.Command(job.Id));
            if (committed.State != ImportState.Committed || committed.Created != rows)
            {
                throw new InvalidOperationException($"The import was not committed: {committed.State}, {committed.ProblemCount} problems.");
            }
        }

        var done = DateTime.UtcNow;
        allocated.Add(GC.GetTotalAllocatedBytes(precise: true));
        peaks.Add(await PeakAsync());
        var peak = peaks.Max();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"file {new FileInfo(path).Length / 1048576.0:F1} MB, {rows:N0} hazards, upload {(uploaded - started).TotalSeconds:F1} s, "
            + $"check {(checkedAt - uploaded).TotalSeconds:F1} s, commit {(done - checkedAt).TotalSeconds:F1} s; resident before {before / 1024.0:F0} MB, "
            + $"peak {peak / 1024.0:F0} MB, growth {(peak - before) / 1024.0:F0} MB (upload {(peaks[0] - before) / 1024.0:F0}, check "
            + $"{(peaks[1] - before) / 1024.0:F0}, commit {(peaks[2] - before) / 1024.0:F0}); allocated: upload "
            + $"{(allocated[1] - allocated[0]) / 1048576.0:F0} MB, check {(allocated[2] - allocated[1]) / 1048576.0:F0} MB, commit "
            + $"{(allocated[3] - allocated[2]) / 1048576.0:F0} MB"));
        await BenchDatabase.ExecuteAsync(connectionString, remove);
        File.Delete(path);
        return 0;
    }

    /// <summary>A CSV of 0.0003° squares 0.0005° apart in Kandara Southwest, as long as <paramref name="bytes"/>; the number of rows.</summary>
    private static async Task<int> WriteFileAsync(string path, long bytes)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteAsync("external_id,name,geometry,organisation,evidence,device_categories,recorded_on\n");
        var run = DateTime.UtcNow.Ticks;
        var i = 0;
        for (; writer.BaseStream.Position < bytes; i++)
        {
            var (lon, lat) = (100.01 + (i % 1100 * 0.0005), 12.01 + (i / 1100 * 0.0005));
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"MEM-{run}-{i},Field {i},\"POLYGON(({lon:F4} {lat:F4}, {lon + 0.0003:F4} {lat:F4}, {lon + 0.0003:F4} {lat + 0.0003:F4}, {lon:F4} {lat + 0.0003:F4}, {lon:F4} {lat:F4}))\",HALO,Direct,AntiPersonnelMine,2024-02-01\n"));
        }

        return i;
    }

    /// <summary>The peak resident size since the last call (kB), after which the peak starts again from the current size.</summary>
    private static async Task<long> PeakAsync()
    {
        var peak = Status("VmHWM");
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        return peak;
    }

    /// <summary>A size line of /proc/self/status, in kB.</summary>
    private static long Status(string name) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
}
