using MineAction.Application.Geography;
using MineAction.Application.People;

namespace MineAction.Web.Endpoints;

/// <summary>
/// The people statistics as CSV with an HXL hashtag row. They are built from the aggregate queries, which never touch
/// the personal-data table: no names, IDs, dates of birth or victim codes reach a file.
/// </summary>
public static class PeopleExportEndpoints
{
    public static void MapPeopleExports(this RouteGroupBuilder api)
    {
        api.MapGet("/casualties/statistics.csv", async (IMediator mediator, CancellationToken ct, int? year = null) =>
            {
                var csv = new Csv([
                    ("Year", "#date +year"), ("Sex", "#meta +sex"), ("Age group", "#meta +age_group"), ("Device category", "#item +type"),
                    ("Activity at time", "#meta +activity"), ("Killed", "#affected +killed"), ("Injured", "#affected +injured"),
                ]);
                foreach (var r in await mediator.Send(new CasualtyStatistics.Query(year), ct))
                {
                    csv.Row(r.Year, r.Sex, r.AgeGroup, r.DeviceCategory, r.ActivityAtTime, r.Killed, r.Injured);
                }

                return csv.ToResult("casualties.csv");
            })
            .WithTags("Accidents and victims")
            .WithName("ExportCasualtyStatistics")
            .WithSummary("Killed and injured by year, sex, age group, device category and activity as CSV + HXL — no personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();

        api.MapGet("/assistance-cases/statistics.csv", async (IMediator mediator, CancellationToken ct, int? year = null) =>
            {
                var csv = new Csv([
                    ("Year", "#date +year"), ("Pillar", "#sector +pillar"), ("Sex", "#meta +sex"), ("Services", "#output +services"),
                    ("Cost USD", "#value +cost +usd"),
                ]);
                foreach (var r in await mediator.Send(new AssistanceStatistics.Query(year), ct))
                {
                    csv.Row(r.Year, r.Pillar, r.Sex, r.Services, r.CostUsd);
                }

                return csv.ToResult("victim-assistance.csv");
            })
            .WithTags("Victim assistance")
            .WithName("ExportAssistanceStatistics")
            .WithSummary("Services delivered by year, pillar and sex, with cost, as CSV + HXL — no personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();

        api.MapGet("/eore-sessions/totals.csv", async (IMediator mediator, CancellationToken ct, int? year = null, Guid? provinceId = null) =>
            {
                var provinces = (await mediator.Send(new ListAdminAreas.Query(Level: 1), ct)).ToDictionary(p => p.Id, p => p.Name);
                var csv = new Csv([
                    ("Year", "#date +year"), ("Province", "#adm1 +name"), ("Sessions", "#output +sessions"), ("Girls", "#reached +f +children"),
                    ("Boys", "#reached +m +children"), ("Women", "#reached +f +adults"), ("Men", "#reached +m +adults"), ("Total", "#reached +total"),
                    ("With disabilities", "#reached +disabled"),
                ]);
                foreach (var r in await mediator.Send(new EoreTotals.Query(year, provinceId), ct))
                {
                    csv.Row(r.Year, provinces.GetValueOrDefault(r.ProvinceId), r.Sessions, r.Beneficiaries.Girls, r.Beneficiaries.Boys,
                        r.Beneficiaries.Women, r.Beneficiaries.Men, r.Beneficiaries.Total, r.WithDisabilities.Total);
                }

                return csv.ToResult("risk-education.csv");
            })
            .WithTags("Risk education")
            .WithName("ExportEoreTotals")
            .WithSummary("People reached per year and province by sex and age (and with disabilities) as CSV + HXL.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardErrors();
    }
}
