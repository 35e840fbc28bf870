using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MineAction.Application.Abstractions;
using MineAction.Application.Security;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;
using MineAction.Domain.LandRelease;

namespace MineAction.Application.LandRelease;

/// <summary>
/// The land release summary (Article 7, Oslo Action Plan): per year and province or district, m²
/// cancelled / reduced / cleared and devices destroyed by category; and the remaining SHA/CHA area per
/// province or district. Approved data only; aggregated in SQL.
/// </summary>
public static class LandReleaseSummary
{
    public enum Level
    {
        Province,
        District,
    }

    public sealed record ReleaseRow(int Year, Guid? AdminAreaId, double CancelledM2, double ReducedM2, double ClearedM2)
    {
        public double CancelledKm2 => CancelledM2 / 1e6;
        public double ReducedKm2 => ReducedM2 / 1e6;
        public double ClearedKm2 => ClearedM2 / 1e6;
    }

    public sealed record DeviceRow(int Year, Guid? AdminAreaId, DeviceCategory Category, int Destroyed);

    public sealed record RemainingRow(Guid? AdminAreaId, HazardType Type, int Hazards, double RemainingM2)
    {
        public double RemainingKm2 => RemainingM2 / 1e6;
    }

    public sealed record Summary(IReadOnlyList<ReleaseRow> Released, IReadOnlyList<DeviceRow> Devices, IReadOnlyList<RemainingRow> Remaining);

    public sealed record Query(int? Year = null, Guid? ProvinceId = null, Level By = Level.Province) : IQuery<Summary>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Year).InclusiveBetween(1990, 2100).WithName("year");
            RuleFor(q => q.By).IsInEnum().WithName("by");
        }
    }

    public sealed class Handler(IMineActionDb db) : IQueryHandler<Query, Summary>
    {
        public async ValueTask<Summary> Handle(Query q, CancellationToken cancellationToken)
        {
            var district = q.By == Level.District;
            var hazards = db.HazardousAreas.Approved().Where(h => h.ArchivedAt == null);
            if (q.ProvinceId is { } province)
            {
                hazards = hazards.Where(h => h.ProvinceId == province);
            }

            var approvedActivities = db.Activities.Approved().Where(a => a.ArchivedAt == null);
            var products =
                from p in db.Products.Where(p => p.ArchivedAt == null)
                join a in approvedActivities on p.ActivityId equals a.Id
                join h in hazards on p.HazardousAreaId equals h.Id
                where q.Year == null || p.ReleaseDate.Year == q.Year
                select new { p.ReleaseDate.Year, Area = district ? h.DistrictId : h.ProvinceId, p.Outcome, p.AreaM2 };
            var released = (await products
                    .GroupBy(p => new { p.Year, p.Area })
                    .Select(g => new
                    {
                        g.Key.Year,
                        g.Key.Area,
                        Cancelled = g.Sum(p => p.Outcome == ReleaseOutcome.Cancelled ? p.AreaM2 : 0),
                        Reduced = g.Sum(p => p.Outcome == ReleaseOutcome.Reduced ? p.AreaM2 : 0),
                        Cleared = g.Sum(p => p.Outcome == ReleaseOutcome.Cleared ? p.AreaM2 : 0),
                    })
                    .ToListAsync(cancellationToken))
                .Select(r => new ReleaseRow(r.Year, r.Area, r.Cancelled, r.Reduced, r.Cleared))
                .OrderBy(r => r.Year).ThenBy(r => r.AdminAreaId)
                .ToList();

            var devices = await (
                    from d in db.Devices.Where(d => d.ArchivedAt == null && d.DisposedOn != null)
                    join a in approvedActivities on d.ActivityId equals a.Id
                    join h in hazards on d.HazardousAreaId equals h.Id
                    where q.Year == null || d.DisposedOn!.Value.Year == q.Year
                    group d by new { d.DisposedOn!.Value.Year, Area = district ? h.DistrictId : h.ProvinceId, d.Category } into g
                    select new { g.Key.Year, g.Key.Area, g.Key.Category, Destroyed = g.Sum(d => d.Quantity) })
                .ToListAsync(cancellationToken);

            var officialProducts =
                from p in db.Products.Where(p => p.ArchivedAt == null)
                join a in approvedActivities on p.ActivityId equals a.Id
                select p;
            var remaining = await hazards
                .Where(h => h.Status == HazardStatus.Open || h.Status == HazardStatus.Suspended)
                .Select(h => new
                {
                    Area = district ? h.DistrictId : h.ProvinceId,
                    h.Type,
                    Remaining = h.AreaM2 - (officialProducts.Where(p => p.HazardousAreaId == h.Id).Sum(p => (double?)p.AreaM2) ?? 0),
                })
                .GroupBy(h => new { h.Area, h.Type })
                .Select(g => new { g.Key.Area, g.Key.Type, Count = g.Count(), Remaining = g.Sum(h => h.Remaining > 0 ? h.Remaining : 0) })
                .ToListAsync(cancellationToken);
            return new Summary(
                released,
                devices.Select(d => new DeviceRow(d.Year, d.Area, d.Category, d.Destroyed))
                    .OrderBy(r => r.Year).ThenBy(r => r.AdminAreaId).ThenBy(r => r.Category).ToList(),
                remaining.Select(r => new RemainingRow(r.Area, r.Type, r.Count, r.Remaining))
                    .OrderBy(r => r.AdminAreaId).ThenBy(r => r.Type).ToList());
        }
    }
}
