using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Operations;

namespace MineAction.Web.Endpoints;

public static class OperationsEndpoints
{
    public static void MapOperations(this RouteGroupBuilder api)
    {
        var accreditations = api.MapGroup("/accreditations").WithTags("Operations");
        accreditations.MapGet("/", ListAccreditations).WithName("ListAccreditations")
            .WithSummary("Accreditations by organisation, activity and status; expiringWithinDays=60 lists those about to lapse.").WithStandardErrors();
        accreditations.MapGet("/{id:guid}", GetAccreditation).WithName("GetAccreditation")
            .ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        accreditations.MapPost("/", Accredit).WithName("CreateAccreditation")
            .WithSummary("Accredit an organisation for an activity type, period and provinces (none: nationwide).")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        accreditations.MapPost("/{id:guid}/status", ChangeAccreditationStatus).WithName("ChangeAccreditationStatus")
            .WithSummary("Suspend or withdraw an accreditation with a reason, or reinstate a suspended one.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);

        var tasks = api.MapGroup("/tasks").WithTags("Operations");
        tasks.MapGet("/", ListTasks).WithName("ListTasks")
            .WithSummary("Task orders by status, province and organisation, highest priority score first (operators see their own).").WithStandardErrors();
        tasks.MapGet("/summary", Summary).WithName("TaskSummary")
            .WithSummary("Number of tasks at each step, per province of their hazardous areas.").WithStandardErrors();
        tasks.MapGet("/{id:guid}", GetTask).WithName("GetTask").ProducesProblem(StatusCodes.Status404NotFound).WithStandardErrors();
        tasks.MapPost("/", CreateTask).WithName("CreateTask")
            .WithSummary("Draft a task order for an organisation on hazardous areas; the priority score follows the national criteria.")
            .RequireAuthorization(Policies.Reviewer).WithStandardErrors(write: true);
        tasks.MapPost("/{id:guid}/status", ChangeTaskStatus).WithName("ChangeTaskStatus")
            .WithSummary("Issue (accreditation checked: 422 ACCREDITATION_REQUIRED), accept, start, complete or cancel a task, dated.")
            .RequireAuthorization(Policies.DataEntry).WithStandardErrors(write: true);

        api.MapGet("/organisations/performance", Performance).WithTags("Operations").WithName("OrganisationPerformance")
            .WithSummary("Per organisation for a period: m² released, team-days, m² per team-day, non-conformities per 10,000 m² (approved activities).")
            .RequireAuthorization(Policies.Auditor).WithStandardErrors();
    }

    private static async Task<Ok<IReadOnlyList<AccreditationDto>>> ListAccreditations([AsParameters] ListAccreditations.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<AccreditationDto>> GetAccreditation(Guid id, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var accreditation = await mediator.Send(new GetAccreditation.Query(id), ct);
        return ETags.Ok(http, accreditation, accreditation.RowVersion);
    }

    private static async Task<Created<AccreditationDto>> Accredit(CreateAccreditation.Command command, IMediator mediator, CancellationToken ct)
    {
        var accreditation = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/accreditations/{accreditation.Id}", accreditation);
    }

    private static async Task<Ok<AccreditationDto>> ChangeAccreditationStatus(Guid id, ChangeAccreditationStatus.Command command, IMediator mediator,
        HttpContext http, CancellationToken ct)
    {
        var accreditation = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct);
        return ETags.Ok(http, accreditation, accreditation.RowVersion);
    }

    private static async Task<Ok<PagedResult<TaskDto>>> ListTasks([AsParameters] ListTasks.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<TaskSummary.Row>>> Summary(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new TaskSummary.Query(), ct));

    private static async Task<Ok<TaskDto>> GetTask(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TaskOk(http, await mediator.Send(new GetTask.Query(id), ct));

    private static async Task<Created<TaskDto>> CreateTask(CreateTask.Command command, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var task = TaskOk(http, await mediator.Send(command, ct)).Value!;
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }

    private static async Task<Ok<TaskDto>> ChangeTaskStatus(Guid id, ChangeTaskStatus.Command command, IMediator mediator, HttpContext http,
        CancellationToken ct) =>
        TaskOk(http, await mediator.Send(command with { Id = id, ExpectedVersion = ETags.Optional(http) }, ct));

    private static async Task<Ok<IReadOnlyList<OrganisationPerformance.Row>>> Performance([AsParameters] OrganisationPerformance.Query query,
        IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct));

    private static Ok<TaskDto> TaskOk(HttpContext http, TaskDto task) => ETags.Ok(http, task, task.RowVersion);
}
