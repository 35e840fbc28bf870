using System.Diagnostics;

namespace MineAction.Testing;

/// <summary>Runs a validator nobody here wrote (GDAL's ogrinfo, Spectral…) and returns its exit code and everything it printed.</summary>
public static class ExternalTool
{
    public static async Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
