using System.Diagnostics;

namespace MineAction.Testing;

/// <summary>Runs a validator nobody here wrote (GDAL's ogrinfo, Spectral…) or a project script and returns its exit code and everything it printed.</summary>
public static class ExternalTool
{
    public static Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments) =>
        RunAsync(program, arguments, new Dictionary<string, string>());

    public static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>
    /// Runs a project script (backup.sh, replica.sh…) against the test server rather than the private cluster: PGHOST, PGPORT, PGUSER and
    /// PGPASSWORD from <see cref="TestDatabase.Server"/>, besides <paramref name="environment"/>.
    /// </summary>
    public static Task<(int Exit, string Output)> RunScriptAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.Server);
        var variables = new Dictionary<string, string>(environment)
        {
            ["PGHOST"] = server.Host!, ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = server.Username!, ["PGPASSWORD"] = server.Password!,
        };
        return RunAsync(Script(script), arguments, variables);
    }

    /// <summary>The repository's <c>scripts/</c> folder (found upwards from the test binaries).</summary>
    public static string Script(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "scripts", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"scripts/{name} not found above {AppContext.BaseDirectory}");
    }
}
