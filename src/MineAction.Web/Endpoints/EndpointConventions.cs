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

    /// <summary>Body of the archive action: a record is never deleted, it is archived with a reason.</summary>
    public sealed record ArchiveRequest(string? Reason);
}
