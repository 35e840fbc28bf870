namespace MineAction.Application.Resources;

public static class CreateProject
{
    public sealed record Command : ProjectInput, ICommand<ProjectDto>
    {
        /// <summary>The project's code in the national scheme; it becomes part of the IATI identifier.</summary>
        public string? Code { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(Domain.Resources.Project.MaxCodeLength).Matches("^[A-Za-z0-9._-]+$")
                .WithMessage("'code' holds letters, digits, '.', '_' or '-' (it becomes part of the IATI identifier).");
            Include(new ProjectInputValidator());
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await ProjectChecks.EnsureReferencesAsync(db, c, cancellationToken);
            var code = c.Code!.Trim();
            if (await db.Projects.IncludingArchived().AnyAsync(p => p.Code == code, cancellationToken))
            {
                throw new ConflictException("PROJECT_CODE_EXISTS", $"A project with code '{code}' exists.", [code]);
            }

            var project = new Project(code, c.ToDetails());
            db.Projects.Add(project);
            await db.SaveChangesAsync(cancellationToken);
            return await GetProject.LoadAsync(db, project.Id, clock.Today(), cancellationToken);
        }
    }
}
