namespace MineAction.Application.DataImport;

/// <summary>
/// Which external ids of one chunk of rows a record of their type holds already, per organisation: a row naming one updates that record
/// through the API's commands, row by row, instead of creating it. Read again for each chunk, so that memory holds one chunk's ids.
/// </summary>
internal sealed class HeldExternalIds
{
    private readonly HashSet<(Guid Organisation, string External)> _held = [];

    /// <summary>Reads the held ids among the rows' <c>external_id</c> cells, by <paramref name="holding"/> (the records holding one of them).</summary>
    public async Task ReadAsync(IReadOnlyList<RowCells> rows, Func<List<string>, IQueryable<HeldExternalId>> holding, CancellationToken ct)
    {
        _held.Clear();
        var externals = rows.Select(r => r.Text("external_id")).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var held in await holding(externals).ToListAsync(ct))
        {
            _held.Add((held.Organisation, held.External));
        }
    }

    /// <summary>Whether the organisation holds the external id already.</summary>
    public bool Contains(Guid? organisation, string? external) =>
        organisation is { } of && external is not null && _held.Contains((of, external));
}

/// <summary>An external id a record of an organisation holds (member-initialised, so that the query translates).</summary>
internal sealed class HeldExternalId
{
    public Guid Organisation { get; init; }

    public string External { get; init; } = string.Empty;
}
