namespace MineAction.Web.Endpoints;

public static class EndpointConventions
{
    /// <summary>Documents the error responses every endpoint of the API can give.</summary>
    public static RouteHandlerBuilder WithStandardErrors(this RouteHandlerBuilder builder, bool write = false)
    {
        builder.ProducesValidationProblem().ProducesProblem(StatusCodes.Status500InternalServerError);
        if (write)
        {
            builder.ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status412PreconditionFailed)
                .ProducesProblem(StatusCodes.Status428PreconditionRequired)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }

        return builder;
    }

    /// <summary>Body of the approve and return actions.</summary>
    public sealed record ReviewRequest(string? Comment);

    /// <summary>POST …/{id}/approve and …/{id}/return for a record under review (information managers only).</summary>
    public static void MapReviewActions<TDto>(this RouteGroupBuilder group, string entity,
        Func<Guid, uint?, ReviewDecision, string?, ICommand<TDto>> command, Func<TDto, uint> rowVersion)
    {
        foreach (var (path, decision) in new[] { ("approve", ReviewDecision.Approve), ("return", ReviewDecision.Return) })
        {
            group.MapPost($"/{{id:guid}}/{path}", async (Guid id, ReviewRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                {
                    var result = await mediator.Send(command(id, ETags.Expected(http.Request, required: false), decision, body.Comment), ct);
                    ETags.Set(http, rowVersion(result));
                    return TypedResults.Ok(result);
                })
                .WithName($"{decision}{entity}")
                .WithSummary(decision == ReviewDecision.Approve
                    ? "Approve a submission: from now on it counts in official statistics."
                    : "Return a submission to its organisation with a comment saying what to correct.")
                .RequireAuthorization(Policies.Reviewer)
                .WithStandardErrors(write: true);
        }
    }

    /// <summary>Body of the archive action: a record is never deleted, it is archived with a reason.</summary>
    public sealed record ArchiveRequest(string? Reason);
}
