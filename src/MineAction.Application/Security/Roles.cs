namespace MineAction.Application.Security;

/// <summary>The NMAA's roles. Authorization policies are built from them in the web host.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string InformationManager = nameof(InformationManager);
    public const string QualityManager = nameof(QualityManager);
    public const string OperatorDataEntry = nameof(OperatorDataEntry);
    public const string VictimAssistanceOfficer = nameof(VictimAssistanceOfficer);
    public const string DonorReporting = nameof(DonorReporting);
    public const string Viewer = nameof(Viewer);

    public static readonly string[] All =
        [Administrator, InformationManager, QualityManager, OperatorDataEntry, VictimAssistanceOfficer, DonorReporting, Viewer];

    /// <summary>Roles that see all data, approved or not.</summary>
    public static readonly string[] SeeAllData = [Administrator, InformationManager, QualityManager];

    /// <summary>Roles that enter records (operators only for their own organisation).</summary>
    public static readonly string[] DataEntry = [Administrator, InformationManager, OperatorDataEntry];

    /// <summary>Roles that approve or return submissions, archive records and maintain reference data.</summary>
    public static readonly string[] Reviewers = [Administrator, InformationManager];

    /// <summary>Roles that record QA/QC visits and close non-conformities.</summary>
    public static readonly string[] Quality = [Administrator, InformationManager, QualityManager];

    /// <summary>The only roles that see victims' personal data (every read is audited).</summary>
    public static readonly string[] PersonalData = [Administrator, VictimAssistanceOfficer];

    /// <summary>Roles that record accidents and casualties.</summary>
    public static readonly string[] AccidentEntry = [Administrator, InformationManager, VictimAssistanceOfficer];

    /// <summary>Roles that record funds, contributions, transactions, exchange rates and projects.</summary>
    public static readonly string[] Finance = [Administrator, InformationManager, DonorReporting];

    /// <summary>Roles that bring records in by file: whoever enters a record type imports it (each record type says which roles).</summary>
    public static readonly string[] Importers = [.. DataEntry.Union(AccidentEntry).Union(Finance)];

    /// <summary>Roles that read the audit trail.</summary>
    public static readonly string[] Auditors = [Administrator, InformationManager, QualityManager];
}
