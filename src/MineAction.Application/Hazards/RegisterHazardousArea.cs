using FluentValidation;
using Mediator;
using MineAction.Application.Abstractions;
using MineAction.Application.Security;
using MineAction.Domain.Hazards;

namespace MineAction.Application.Hazards;

public static class RegisterHazardousArea
{
    public sealed record Command(HazardInput Input) : ICommand<HazardDetailDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) =>
            RuleFor(c => c.Input).NotNull().SetValidator(new HazardInputValidator(clock, geometryRequired: true));
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock, IMediator mediator)
        : ICommandHandler<Command, HazardDetailDto>
    {
        public async ValueTask<HazardDetailDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var attributes = command.Input.ToAttributes();
            user.EnsureCanEnterDataFor(attributes.RecordingOrganisationId);
            var country = await HazardReferences.CheckAsync(db, attributes, cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var hazard = new HazardousArea(country, command.Input.ReadGeometry()!, attributes, today);
            user.ApplyEntryReview(hazard, clock.GetUtcNow());
            db.HazardousAreas.Add(hazard);
            await db.SaveChangesAsync(cancellationToken);
            return await mediator.Send(new GetHazardousArea.Query(hazard.Id), cancellationToken);
        }
    }
}
