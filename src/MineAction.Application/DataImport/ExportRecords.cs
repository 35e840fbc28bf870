using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// The programme's records of one type in the columns of its import (the template's header and HXL row): the file another programme
/// imports to hold the same records — or this one to check a migration. Exported by the roles that import the type.
/// </summary>
public static class ExportRecords
{
    public sealed record Query(ImportRecordType RecordType) : IQuery<Result>;

    public sealed record Result(ImportRecordType RecordType, IReadOnlyList<ImportColumn> Columns, IAsyncEnumerable<IReadOnlyDictionary<string, string?>> Rows);

    public sealed class Handler(ImportRunner runner, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var importer = runner.ImporterFor(query.RecordType);
            importer.EnsureAllowed(user);
            return ValueTask.FromResult(new Result(importer.Type, importer.Columns, importer.ExportAsync(cancellationToken)));
        }
    }
}
