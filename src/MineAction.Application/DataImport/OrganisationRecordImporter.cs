namespace MineAction.Application.DataImport;

/// <summary>
/// Records an organisation enters (hazards, activities, released land, devices, risk education sessions): a row names its organisation by
/// acronym and is keyed by its external id within that organisation; the NMAA imports them for everyone, operators for their own.
/// </summary>
public abstract class OrganisationRecordImporter : RecordImporter
{
    /// <summary>What the records are called in a refusal ("Hazardous areas").</summary>
    protected abstract string Plural { get; }

    public override (string Column, string Value)? KeyOf(RowCells cells) =>
        cells.Text("external_id") is { } id ? ("external_id", $"{id} of {cells.Text("organisation")?.ToUpperInvariant()}") : null;

    public override void EnsureAllowed(ICurrentUser user) =>
        user.EnsureInRole(Roles.DataEntry, $"{Plural} are imported by information managers, administrators and operators (for their own organisation).");
}
