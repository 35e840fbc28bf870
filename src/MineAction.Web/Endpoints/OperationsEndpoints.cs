using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Operations;
using MineAction.Domain.Operations;

namespace MineAction.Web.Endpoints;

public static class OperationsEndpoints
{
    public sealed record AccreditationStatusRequest(AccreditationStatus? Status, string? Reason);

    public sealed record TaskStepRequest(ChangeTaskStatus.Transition? Step, DateOnly? Date, string? Reason);

    public static void MapOperations(this RouteGroupBuilder api)
    {
        var accreditations = api.MapGroup("/accreditations").WithTags("Operations");

        accreditations.MapGet("/", async (IMediator mediator, CancellationToken ct, Guid? organisationId = null, AccreditedActivity? activity = null,
                AccreditationStatus? status = null, int? expiringWithinDays = null) =>
                TypedResults.Ok(await mediator.Send(new ListAccreditations.Query(organisationId, activity, status, expiringWithinDays), ct)))
            .WithName("ListAccreditations")
            .WithSummary("Accreditations by organisation, activity and status; expiringWithinDays=60 lists those about to lapse.")
            .WithStandardErrors();

        accreditations.MapPost("/", async Task<Created<AccreditationDto>> (CreateAccreditation.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var accreditation = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/accreditations?organisationId={accreditation.OrganisationId}", accreditation);
            })
            .WithName("CreateAccreditation")
            .WithSummary("Accredit an organisation for an activity type, period and provinces (none: nationwide).")
            .RequireAuthorization(Policies.Reviewer)
            .WithStandardErrors(write: true);

        accreditations.MapPost("/{id:guid}/status", async (Guid id, AccreditationStatusRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeAccreditationStatus.Command(id, ETags.Expected(http.Request, required: false),
                    body.Status, body.Reason), ct)))
            .WithName("ChangeAccreditationStatus")
            .WithSummary("Suspend or withdraw an accreditation with a reason, or reinstate a suspended one.")
            .RequireAuthorization(Policies.Reviewer)
            .WithStandardErrors(write: true);

        var tasks = api.MapGroup("/tasks").WithTags("Operations");

        tasks.MapGet("/", async (IMediator mediator, CancellationToken ct, TaskOrderStatus? status = null, Guid? provinceId = null,
                Guid? organisationId = null, int page = 1, int pageSize = Application.Common.Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListTasks.Query(status, provinceId, organisationId, page, pageSize), ct)))
            .WithName("ListTasks")
            .WithSummary("Task orders by status, province and organisation, highest priority score first (operators see their own).")
            .WithStandardErrors();

        tasks.MapGet("/summary", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new TaskSummary.Query(), ct)))
            .WithName("TaskSummary")
            .WithSummary("Number of tasks at each step, per province of their hazardous areas.")
            .WithStandardErrors();

        api.MapGet("/organisations/performance", async (IMediator mediator, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
                TypedResults.Ok(await mediator.Send(new OrganisationPerformance.Query(from, to), ct)))
            .WithTags("Operations")
            .WithName("OrganisationPerformance")
            .WithSummary("Per organisation for a period: m² released, team-days, m² per team-day, non-conformities per 10,000 m² (approved activities).")
            .RequireAuthorization(Policies.Auditor)
            .WithStandardErrors();

        tasks.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var task = await mediator.Send(new GetTask.Query(id), ct);
                ETags.Set(http, task.RowVersion);
                return TypedResults.Ok(task);
            })
            .WithName("GetTask")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithStandardErrors();

        tasks.MapPost("/", async Task<Created<TaskDto>> (CreateTask.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var task = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
            })
            .WithName("CreateTask")
            .WithSummary("Draft a task order for an organisation on hazardous areas; the priority score follows the national criteria.")
            .RequireAuthorization(Policies.Reviewer)
            .WithStandardErrors(write: true);

        tasks.MapPost("/{id:guid}/status", async (Guid id, TaskStepRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeTaskStatus.Command(id, ETags.Expected(http.Request, required: false),
                    body.Step, body.Date, body.Reason), ct)))
            .WithName("ChangeTaskStatus")
            .WithSummary("Issue (accreditation checked: 422 ACCREDITATION_REQUIRED), accept, start, complete or cancel a task, dated.")
            .RequireAuthorization(Policies.DataEntry)
            .WithStandardErrors(write: true);
    }
}
