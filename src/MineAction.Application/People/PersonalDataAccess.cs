namespace MineAction.Application.People;

internal static class PersonalDataAccess
{
    public static bool MayReadPersonalData(this ICurrentUser user) => Roles.PersonalData.Any(user.IsInRole);

    /// <summary>Casualties of some accidents; personal data decrypted (and each read audited) only for the roles allowed.</summary>
    public static async Task<List<CasualtyDto>> CasualtiesAsync(IMineActionDb db, ICurrentUser user, IPersonalDataProtector protector,
        TimeProvider clock, IQueryable<Casualty> casualties, CancellationToken ct)
    {
        var rows = await casualties.OrderBy(c => c.VictimCode).ToListAsync(ct);
        var personal = new Dictionary<Guid, PersonalDataDto>();
        if (user.MayReadPersonalData() && rows.Count > 0)
        {
            var ids = rows.Select(c => c.Id).ToList();
            foreach (var p in await db.VictimPersonalData.AsNoTracking().Where(p => ids.Contains(p.CasualtyId)).ToListAsync(ct))
            {
                personal[p.CasualtyId] = new PersonalDataDto(protector.Unprotect(p.FullName), Open(p.NationalId),
                    Open(p.DateOfBirth) is { } dob ? DateOnly.Parse(dob, System.Globalization.CultureInfo.InvariantCulture) : null,
                    Open(p.Address), Open(p.Phone));
                db.AuditEntries.Add(new AuditEntry(nameof(VictimPersonalData), p.CasualtyId, "Read", user.Name, clock.GetUtcNow(), "{}", null));
            }

            await db.SaveChangesAsync(ct);
        }

        return rows.Select(c => new CasualtyDto(c.Id, c.AccidentId, c.VictimCode, c.Sex, c.AgeGroup, c.Outcome, c.Injuries, c.HasDisability,
            personal.GetValueOrDefault(c.Id), c.ExternalImsmaId)).ToList();

        string? Open(string? cipher) => cipher is null ? null : protector.Unprotect(cipher);
    }
}
