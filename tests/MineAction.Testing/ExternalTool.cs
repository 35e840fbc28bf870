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
