using Microsoft.Extensions.Options;
using MineAction.Application.Resources;

namespace MineAction.Web.Hosting;

/// <summary>
/// Refuses to start with programme settings IATI readers would reject (<see cref="ProgrammeOptionsValidator"/>): the host stops with
/// every failing setting named. Later changes are checked where they are used (the IATI export answers 409 until they are fixed).
/// </summary>
public sealed class ProgrammeSettingsCheck(IOptions<ProgrammeOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var failures = ProgrammeOptionsValidator.Failures(options.Value).ToList();
        return failures.Count == 0 ? Task.CompletedTask
            : throw new OptionsValidationException(ProgrammeOptions.Section, typeof(ProgrammeOptions), failures);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
