using Microsoft.AspNetCore.Http.HttpResults;
using MineAction.Application.Review;

namespace MineAction.Web.Endpoints;

/// <summary>The review inbox: every submission across the modules in one list, its counts, and decisions on several at once.</summary>
public static class ReviewEndpoints
{
    public static void MapReview(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/review").WithTags("Review inbox").RequireAuthorization(Policies.Reviewer);
        review.MapGet("/submissions", List).WithName("ListSubmissions")
            .WithSummary("Every submitted record awaiting review (hazards, activities, released land, devices, risk education, stockpile movements), oldest first.")
            .WithStandardErrors();
        review.MapGet("/counts", Count).WithName("CountSubmissions")
            .WithSummary("How many records of each kind await review.").WithStandardErrors();
        review.MapPost("/decisions", Decide).WithName("DecideSubmissions")
            .WithSummary("Approve or return several submissions at once: all or none, each through its module's own review.")
            .WithStandardErrors(write: true);
    }

    private static async Task<Ok<PagedResult<Submission>>> List([AsParameters] ReviewInbox.Query query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<SubmissionCounts>> Count(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ReviewInbox.Counts(), ct));

    private static async Task<Ok<DecideSubmissions.Decided>> Decide(DecideSubmissions.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));
}
