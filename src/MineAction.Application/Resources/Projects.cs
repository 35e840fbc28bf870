using MineAction.Domain.Resources;

namespace MineAction.Application.Resources;

/// <summary>A project with its money (USD, from the transactions) and its outputs (from the ledger), and what each m² and each beneficiary cost.</summary>
public sealed record ProjectDto(Guid Id, string Code, string Title, string? Description, Guid ImplementingOrganisationId, string ImplementingOrganisation,
    DateOnly StartDate, DateOnly EndDate, ProjectStatus Status, decimal Budget, string BudgetCurrency, Guid? ProvinceId,
    IReadOnlyList<string> FundingSources, decimal CommittedUsd, decimal DisbursedUsd, decimal SpentUsd, ProjectOutputs Outputs,
    decimal? CostPerM2Usd, decimal? CostPerBeneficiaryUsd, IReadOnlyList<Guid> ActivityIds, IReadOnlyList<Guid> TaskIds,
    IReadOnlyList<Guid> EoreSessionIds, IReadOnlyList<Guid> AssistanceServiceIds, uint RowVersion);

public sealed record ProjectInput(string? Title, string? Description, Guid? ImplementingOrganisationId, DateOnly? StartDate, DateOnly? EndDate,
    decimal? Budget, string? BudgetCurrency, Guid? ProvinceId)
{
    public ProjectDetails ToDetails() => new(Title!, Description, ImplementingOrganisationId!.Value, StartDate!.Value, EndDate!.Value, Budget!.Value,
        BudgetCurrency!.ToUpperInvariant(), ProvinceId);
}

internal sealed class ProjectInputValidator : AbstractValidator<ProjectInput>
{
    public ProjectInputValidator()
    {
        RuleFor(p => p.Title).NotEmpty().MaximumLength(Project.MaxTitleLength);
        RuleFor(p => p.Description).MaximumLength(4000);
        RuleFor(p => p.ImplementingOrganisationId).NotNull();
        RuleFor(p => p.StartDate).NotNull();
        RuleFor(p => p.EndDate).NotNull().GreaterThanOrEqualTo(p => p.StartDate).When(p => p.StartDate is not null);
        RuleFor(p => p.Budget).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(p => p.BudgetCurrency).NotEmpty().Must(c => Currency.IsKnown(c?.ToUpperInvariant()))
            .WithMessage("'budgetCurrency' must be an ISO 4217 code such as USD, EUR or JPY.");
    }
}

internal static class ProjectChecks
{
    public static async Task EnsureReferencesAsync(IMineActionDb db, ProjectInput p, CancellationToken ct)
    {
        await Ledger.EnsureOrganisationAsync(db, p.ImplementingOrganisationId, "implementingOrganisationId", ct);
        if (p.ProvinceId is not null && !await db.AdminAreas.AnyAsync(a => a.Id == p.ProvinceId && a.Level == 1, ct))
        {
            throw Invalid.Field("provinceId", $"Province '{p.ProvinceId}' does not exist.");
        }
    }
}

public static class CreateProject
{
    public sealed record Command(string? Code, ProjectInput Input) : ICommand<ProjectDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(Domain.Resources.Project.MaxCodeLength).Matches("^[A-Za-z0-9._-]+$")
                .WithMessage("'code' holds letters, digits, '.', '_' or '-' (it becomes part of the IATI identifier).");
            RuleFor(c => c.Input).NotNull().SetValidator(new ProjectInputValidator());
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await ProjectChecks.EnsureReferencesAsync(db, c.Input, cancellationToken);
            var code = c.Code!.Trim();
            if (await db.Projects.AnyAsync(p => p.Code == code, cancellationToken))
            {
                throw new ConflictException("PROJECT_CODE_EXISTS", $"A project with code '{code}' exists.", [code]);
            }

            var project = new Project(code, c.Input.ToDetails());
            db.Projects.Add(project);
            await db.SaveChangesAsync(cancellationToken);
            return await GetProject.LoadAsync(db, project.Id, clock.Today(), cancellationToken);
        }
    }
}

public static class UpdateProject
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, ProjectInput Input) : ICommand<ProjectDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Input).NotNull().SetValidator(new ProjectInputValidator());
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            await ProjectChecks.EnsureReferencesAsync(db, c.Input, cancellationToken);
            await db.ChangeAsync(db.Projects, c.Id, c.ExpectedVersion, p => p.Change(c.Input.ToDetails()), cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}

/// <summary>Links (or unlinks) an activity, task order, EORE session or VA service to a project, so its outputs count for the project.</summary>
public static class LinkProject
{
    public sealed record Command(Guid Id, ProjectLinkKind? Kind, Guid? TargetId, bool Unlink) : ICommand<ProjectDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.TargetId).NotNull();
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var id = c.TargetId!.Value;
            var exists = c.Kind switch
            {
                ProjectLinkKind.Activity => await db.Activities.AnyAsync(a => a.Id == id && a.ArchivedAt == null, cancellationToken),
                ProjectLinkKind.Task => await db.Tasks.AnyAsync(t => t.Id == id && t.ArchivedAt == null, cancellationToken),
                ProjectLinkKind.EoreSession => await db.EoreSessions.AnyAsync(e => e.Id == id && e.ArchivedAt == null, cancellationToken),
                _ => await db.AssistanceServices.AnyAsync(s => s.Id == id && s.ArchivedAt == null, cancellationToken),
            };
            if (!exists && !c.Unlink)
            {
                throw Invalid.Field("targetId", $"No {c.Kind} '{id}'.");
            }

            await db.ChangeAsync(db.Projects, c.Id, null, p =>
            {
                if (c.Unlink)
                {
                    p.Unlink(c.Kind!.Value, id);
                }
                else
                {
                    p.Link(c.Kind!.Value, id);
                }
            }, cancellationToken);
            return await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
        }
    }
}

/// <summary>Archives a project created in error, with a reason — only while no live contribution pays for it.</summary>
public static class ArchiveProject
{
    public sealed record Command(Guid Id, string? Reason) : ICommand<ProjectDto>, IArchiveCommand;

    public sealed class Validator : ArchiveCommandValidator<Command>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Command c, CancellationToken cancellationToken)
        {
            user.EnsureFinance();
            var project = await GetProject.LoadAsync(db, c.Id, clock.Today(), cancellationToken);
            await Ledger.ArchiveUnlessReferencedAsync(db, db.Projects, c, c.Id,
                await db.Contributions.AnyAsync(x => x.ProjectId == c.Id && x.ArchivedAt == null, cancellationToken),
                "PROJECT_HAS_CONTRIBUTIONS", "Contributions pay for this project; archive them first.", user, clock, cancellationToken);
            return project;
        }
    }
}

public static class GetProject
{
    public sealed record Query(Guid Id) : IQuery<ProjectDto>;

    public sealed class Handler(IMineActionDb db, TimeProvider clock) : IQueryHandler<Query, ProjectDto>
    {
        public async ValueTask<ProjectDto> Handle(Query q, CancellationToken cancellationToken) => await LoadAsync(db, q.Id, clock.Today(), cancellationToken);
    }

    internal static async Task<ProjectDto> LoadAsync(IMineActionDb db, Guid id, DateOnly today, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.ArchivedAt == null, ct)
            ?? throw new NotFoundException(nameof(Project), id);
        return (await ListProjects.ToDtosAsync(db, [project], today, ct)).Single();
    }
}

public static class ListProjects
{
    public sealed record Query(Guid? ImplementingOrganisationId = null) : IQuery<IReadOnlyList<ProjectDto>>;

    public sealed class Handler(IMineActionDb db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<ProjectDto>>
    {
        public async ValueTask<IReadOnlyList<ProjectDto>> Handle(Query q, CancellationToken cancellationToken)
        {
            var projects = db.Projects.AsNoTracking().Where(p => p.ArchivedAt == null);
            projects = q.ImplementingOrganisationId is { } org ? projects.Where(p => p.ImplementingOrganisationId == org) : projects;
            return await ToDtosAsync(db, await projects.OrderBy(p => p.Code).ToListAsync(cancellationToken), clock.Today(), cancellationToken);
        }
    }

    internal static async Task<List<ProjectDto>> ToDtosAsync(IMineActionDb db, IReadOnlyList<Project> projects, DateOnly today, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Acronym }).ToDictionaryAsync(o => o.Id, o => o.Acronym, ct);
        var money = await db.FundingTransactions.Where(t => t.ProjectId != null && ids.Contains(t.ProjectId.Value) && t.ArchivedAt == null)
            .GroupBy(t => new { t.ProjectId, t.Type }).Select(g => new { g.Key.ProjectId, g.Key.Type, Usd = g.Sum(t => t.UsdAmount) }).ToListAsync(ct);
        var sources = await (
                from c in db.Contributions.Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value) && c.ArchivedAt == null)
                join f in db.Funds on c.FundId equals f.Id
                join o in db.Organisations on c.DonorId equals o.Id
                select new { c.ProjectId, Source = o.Acronym + " via " + f.Name })
            .ToListAsync(ct);
        var outputs = await ProjectOutputs.ForAsync(db, projects, ct);
        return projects.Select(p =>
        {
            decimal Usd(TransactionType type) => money.Where(m => m.ProjectId == p.Id && m.Type == type).Sum(m => m.Usd);
            var o = outputs[p.Id];
            var spent = Usd(TransactionType.Expenditure);
            return new ProjectDto(p.Id, p.Code, p.Title, p.Description, p.ImplementingOrganisationId, organisations.GetValueOrDefault(p.ImplementingOrganisationId, "?"),
                p.StartDate, p.EndDate, p.StatusOn(today), p.Budget, p.BudgetCurrency, p.ProvinceId,
                sources.Where(s => s.ProjectId == p.Id).Select(s => s.Source).Distinct().Order().ToList(),
                Cost.Committed(Usd(TransactionType.OutgoingCommitment), Usd(TransactionType.IncomingCommitment)), Usd(TransactionType.Disbursement), spent, o,
                Cost.Per(spent, o.ReleasedM2), Cost.Per(spent, o.Beneficiaries), p.ActivityIds, p.TaskIds, p.EoreSessionIds, p.AssistanceServiceIds,
                p.RowVersion);
        }).ToList();
    }
}

public static class Cost
{
    /// <summary>A project's commitment: the fund's outgoing commitments to it, or else the donors' commitments earmarked for it (never both: that would count twice).</summary>
    public static decimal Committed(decimal outgoing, decimal incoming) => outgoing > 0 ? outgoing : incoming;

    /// <summary>Spending divided by an output, to the cent; none when nothing was delivered.</summary>
    public static decimal? Per(decimal spentUsd, double units) => units <= 0 ? null : Math.Round(spentUsd / (decimal)units, 2, MidpointRounding.AwayFromZero);
}
