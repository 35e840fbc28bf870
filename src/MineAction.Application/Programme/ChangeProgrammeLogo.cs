using MineAction.Domain.Programme;

namespace MineAction.Application.Programme;

public static class ChangeProgrammeLogo
{
    /// <summary>The programme's logo for reports (PNG or JPEG, at most 512 KB), or null to remove it.</summary>
    public sealed record Command(byte[]? Image) : ICommand<ProgrammeSettingsDto>
    {
        public uint? ExpectedVersion { get; init; }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ProgrammeSettingsDto>
    {
        public async ValueTask<ProgrammeSettingsDto> Handle(Command command, CancellationToken cancellationToken)
        {
            user.EnsureAdministrator();
            var settings = await db.FindForUpdateAsync(db.ProgrammeSettings, ProgrammeSettings.SingletonId, command.ExpectedVersion, cancellationToken);
            settings.ChangeLogo(command.Image);
            await db.SaveChangesAsync(cancellationToken);
            return ProgrammeSettingsDto.From(settings);
        }
    }
}

public static class GetProgrammeLogo
{
    public sealed record Logo(byte[] Image, string ContentType, uint RowVersion);

    /// <summary>The logo, or null when none is set.</summary>
    public sealed record Query : IQuery<Logo?>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, Logo?>
    {
        public async ValueTask<Logo?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.ProgrammeSettings.Where(s => s.Logo != null)
                .Select(s => new Logo(s.Logo!, s.LogoContentType!, s.RowVersion)).SingleOrDefaultAsync(cancellationToken);
    }
}
