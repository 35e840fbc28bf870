namespace MineAction.Application.Common;

/// <summary>Archive requests: a record is never deleted, it is archived with a reason.</summary>
public interface IArchiveCommand
{
    string? Reason { get; }
}

public class ArchiveCommandValidator<T> : AbstractValidator<T>
    where T : IArchiveCommand
{
    public ArchiveCommandValidator() =>
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Entity.MaxArchiveReasonLength).WithName("reason");
}
