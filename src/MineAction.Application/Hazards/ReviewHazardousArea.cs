using FluentValidation;
using Mediator;
using MineAction.Application.Abstractions;
using MineAction.Application.Common;
using MineAction.Application.Security;
using MineAction.Domain.Common;
using MineAction.Domain.Hazards;

namespace MineAction.Application.Hazards;

/// <summary>An information manager approves a submitted hazardous area, or returns it with a comment.</summary>
public static class ReviewHazardousArea
{
    public enum Decision
    {
        Approve,
        Return,
    }

    public sealed record Command(Guid Id, uint? ExpectedVersion, Decision Decision, string? Comment) : ICommand<HazardDetailDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Comment).MaximumLength(ApprovableEntity.MaxReviewCommentLength).WithName("comment");
            RuleFor(c => c.Comment).NotEmpty().When(c => c.Decision == Decision.Return).WithName("comment")
                .WithMessage("'comment' must say what the organisation has to correct.");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!user.IsReviewer())
            {
                throw new ForbiddenException("Only an information manager approves or returns submissions.");
            }

            await db.ChangeAsync(db.HazardousAreas, command.Id, command.ExpectedVersion, hazard => Apply(hazard, command), cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(command.Id), cancellationToken);
        }

        private void Apply(HazardousArea hazard, Command command)
        {
            if (command.Decision == Decision.Approve)
            {
                hazard.Approve(user.Name, clock.GetUtcNow(), command.Comment);
            }
            else
            {
                hazard.Return(command.Comment!, user.Name, clock.GetUtcNow());
            }
        }
    }
}
