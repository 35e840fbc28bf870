namespace MineAction.Web.Endpoints;

/// <summary>What every module's endpoints share: the documented errors and the review actions.</summary>
public static class EndpointConventions
{
    /// <summary>
    /// Documents the error responses every endpoint of the API can give; writes add 404, 409 and 422. 412/428 are documented by the
    /// OpenAPI setup on the operations that read If-Match.
    /// </summary>
    public static RouteHandlerBuilder WithStandardErrors(this RouteHandlerBuilder builder, bool write = false)
    {
        builder.ProducesValidationProblem().ProducesProblem(StatusCodes.Status500InternalServerError);
        if (write)
        {
            builder.ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }

        return builder;
    }

    /// <summary>
    /// POST …/{id}/approve and …/{id}/return for a record under review (information managers only). The body is the review command
    /// (its comment); <paramref name="bind"/> sets the id, the If-Match version and the decision the route stands for.
    /// </summary>
    public static void MapReviewActions<TCommand, TDto>(this RouteGroupBuilder group, string entity,
        Func<TCommand, Guid, uint?, ReviewDecision, TCommand> bind, Func<TDto, uint> rowVersion)
        where TCommand : ICommand<TDto>
    {
        foreach (var (path, decision) in new[] { ("approve", ReviewDecision.Approve), ("return", ReviewDecision.Return) })
        {
            group.MapPost($"/{{id:guid}}/{path}", async (Guid id, TCommand command, IMediator mediator, HttpContext http, CancellationToken ct) =>
                {
                    var result = await mediator.Send(bind(command, id, ETags.Optional(http), decision), ct);
                    return ETags.Ok(http, result, rowVersion(result));
                })
                .WithName($"{decision}{entity}")
                .WithSummary(decision == ReviewDecision.Approve
                    ? "Approve a submission: from now on it counts in official statistics."
                    : "Return a submission to its organisation with a comment saying what to correct.")
                .RequireAuthorization(Policies.Reviewer)
                .WithStandardErrors(write: true);
        }
    }
}
