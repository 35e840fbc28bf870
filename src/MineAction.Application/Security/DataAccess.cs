namespace MineAction.Application.Security;

/// <summary>
/// Who sees and changes which approvable records: NMAA staff see everything; an operator sees approved
/// national data plus its own organisation's records and changes only its own; everyone else sees
/// approved data only. The database applies the reading rule to every query (<see cref="QueryFilters.Visibility"/>,
/// built from <see cref="SeesAllData"/> and <see cref="OwnRecordsOrganisation"/>); official statistics add <see cref="Approved{T}"/>.
/// </summary>
public static class DataAccess
{
    public static bool SeesAllData(this ICurrentUser user) => user.IsSystem || Roles.SeeAllData.Any(user.IsInRole);

    /// <summary>The organisation whose submitted records an operator sees besides approved data; none for other roles.</summary>
    public static Guid? OwnRecordsOrganisation(this ICurrentUser user) =>
        user.IsInRole(Roles.OperatorDataEntry) && !user.SeesAllData() ? user.OrganisationId : null;

    public static bool IsReviewer(this ICurrentUser user) => Roles.Reviewers.Any(user.IsInRole);

    public static bool IsOperator(this ICurrentUser user) =>
        user.IsInRole(Roles.OperatorDataEntry) && !user.IsReviewer();

    public static IQueryable<T> Approved<T>(this IQueryable<T> records)
        where T : ApprovableEntity =>
        records.Where(r => r.ApprovalStatus == ApprovalStatus.Approved);

    /// <summary>Refuses (403) a user who holds none of <paramref name="roles"/>, saying who may do it.</summary>
    public static void EnsureInRole(this ICurrentUser user, IEnumerable<string> roles, string whoMay)
    {
        if (!roles.Any(user.IsInRole))
        {
            throw new ForbiddenException(whoMay);
        }
    }

    /// <summary>Reference data, archiving and reviews are the NMAA's: administrators and information managers.</summary>
    public static void EnsureReviewer(this ICurrentUser user) =>
        user.EnsureInRole(Roles.Reviewers, "Only the NMAA's information managers and administrators may do this.");

    /// <summary>The installation's own set-up (programme settings, boundaries, users) is the administrators'.</summary>
    public static void EnsureAdministrator(this ICurrentUser user, string whoMay = "Only administrators may change the programme's set-up.")
    {
        if (!user.IsSystem)
        {
            user.EnsureInRole([Roles.Administrator], whoMay);
        }
    }

    /// <summary>Money is recorded by donor reporting officers, information managers and administrators.</summary>
    public static void EnsureFinance(this ICurrentUser user) =>
        user.EnsureInRole(Roles.Finance, "Funds, contributions and projects are recorded by donor reporting officers, information managers and administrators.");

    /// <summary>Refuses a change to data of <paramref name="organisationId"/> the user may not make.</summary>
    public static void EnsureCanEnterDataFor(this ICurrentUser user, Guid organisationId)
    {
        if (user.IsReviewer())
        {
            return;
        }

        if (!user.IsInRole(Roles.OperatorDataEntry))
        {
            throw new ForbiddenException("Your role does not enter data.");
        }

        if (user.OrganisationId != organisationId)
        {
            throw new ForbiddenException("Operators enter and change only their own organisation's records.");
        }
    }

    /// <summary>Checks an existing record may be changed: its organisation, and operators only before approval.</summary>
    public static void EnsureCanChange(this ICurrentUser user, ApprovableEntity record, Guid organisationId)
    {
        user.EnsureCanEnterDataFor(organisationId);
        if (!user.IsReviewer() && record.ApprovalStatus == ApprovalStatus.Approved)
        {
            throw new ForbiddenException("Approved records are read-only for operators; ask the NMAA information manager to change them.");
        }
    }

    /// <summary>
    /// Loads an approvable record the user is about to change: one the user may not see is "not found",
    /// one the user may see but not change is forbidden, a stale row version is a 412.
    /// </summary>
    public static async Task<T> LoadForChangeAsync<T>(this IMineActionDb db, DbSet<T> set, ICurrentUser user,
        Func<T, Guid> owner, Guid id, uint? expectedVersion, CancellationToken ct)
        where T : ApprovableEntity
    {
        var record = await db.FindForUpdateAsync(set, id, expectedVersion, ct);
        user.EnsureCanChange(record, owner(record));
        return record;
    }

    /// <summary>
    /// Stamps a changed record: an operator's change goes back to review; a reviewer's change leaves the review where it was — editing an
    /// operator's pending submission does not approve it (approving is its own, explicit decision).
    /// </summary>
    public static void ApplyChangeReview(this ICurrentUser user, ApprovableEntity record)
    {
        if (!user.IsReviewer())
        {
            record.Resubmit();
        }
    }

    /// <summary>Stamps a new record: reviewers' own entries count as approved, operators' await review.</summary>
    public static void ApplyEntryReview(this ICurrentUser user, ApprovableEntity record, DateTimeOffset now)
    {
        if (user.IsReviewer())
        {
            if (record.ApprovalStatus != ApprovalStatus.Approved)
            {
                record.Approve(user.Name, now, "Entered by the NMAA");
            }
        }
        else
        {
            record.Resubmit();
        }
    }
}
