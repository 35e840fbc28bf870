namespace MineAction.Application.Programme;

public static class GetProgrammeSettings
{
    public sealed record Query : IQuery<ProgrammeSettingsDto>;

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, ProgrammeSettingsDto>
    {
        public async ValueTask<ProgrammeSettingsDto> Handle(Query query, CancellationToken cancellationToken) =>
            ProgrammeSettingsDto.From(await db.ProgrammeSettingsAsync(cancellationToken));
    }
}
