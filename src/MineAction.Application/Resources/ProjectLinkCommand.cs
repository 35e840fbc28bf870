namespace MineAction.Application.Resources;

/// <summary>A request naming one record a project's outputs come from: an activity, task order, EORE session or VA service.</summary>
public interface IProjectLinkCommand
{
    Guid Id { get; }

    ProjectLinkKind? Kind { get; }

    Guid? TargetId { get; }
}

public abstract class ProjectLinkValidator<T> : AbstractValidator<T>
    where T : IProjectLinkCommand
{
    protected ProjectLinkValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.TargetId).NotNull();
    }
}
