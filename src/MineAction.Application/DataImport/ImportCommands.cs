using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

public static class CheckImport
{
    /// <summary>Checks every row of a claimed import without writing anything (run in the background as its uploader).</summary>
    public sealed record Command(Guid Id) : ICommand<ImportJobDto>;

    public sealed class Handler(IMineActionDb db, ImportRunner runner, TimeProvider clock) : ICommandHandler<Command, ImportJobDto>
    {
        public async ValueTask<ImportJobDto> Handle(Command command, CancellationToken cancellationToken)
        {
            ImportRunner.Result? result = null;
            string? failure = null;
            try
            {
                result = await runner.RunAsync(command.Id, commit: false, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // cancelled by its uploader or a reviewer: the state already says so
            }
            catch (Exception e) when (e is FileRefusedException or ForbiddenException or InvalidDataException)
            {
                failure = e is FileRefusedException refused && refused.Problems.Count > 0 ? $"{e.Message} {refused.Problems[0].Reason}" : e.Message;
            }

            var job = await db.ImportJobs.SingleAsync(j => j.Id == command.Id, cancellationToken);
            if (job.State is ImportState.Queued or ImportState.Validating)
            {
                if (result is not null)
                {
                    db.ImportProblems.AddRange(result.Problems);
                    job.Checked(result.Outcome, clock.GetUtcNow());
                }
                else
                {
                    job.Fail(failure ?? "The check was interrupted.");
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            return ImportJobDto.From(job);
        }
    }
}

public static class CommitImport
{
    /// <summary>Writes every row of a validated import in one transaction, as its uploader; refused (422) if a row now fails.</summary>
    public sealed record Command([property: JsonIgnore] Guid Id) : ICommand<ImportJobDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user, ImportRunner runner, TimeProvider clock) : ICommandHandler<Command, ImportJobDto>
    {
        public async ValueTask<ImportJobDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var job = await db.FindVisibleAsync(user, command.Id, cancellationToken);
            if (job.UploadedById != user.UserId)
            {
                throw new ForbiddenException("An import is committed by the person who uploaded it: the records are written with their rights.");
            }

            if (job.State != ImportState.Valid)
            {
                throw new ConflictException("IMPORT_NOT_VALID", $"Only a validated import without problems can be committed; this one is {job.State}.",
                    [job.Id.ToString()]);
            }

            var result = await runner.RunAsync(job.Id, commit: true, cancellationToken);
            var after = await db.ImportJobs.SingleAsync(j => j.Id == job.Id, cancellationToken); // the runner emptied the change tracker
            if (after.State == ImportState.Committed)
            {
                return ImportJobDto.From(after);
            }

            db.ImportProblems.AddRange(result.Problems);
            after.Refuse(result.Outcome, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            throw new DomainRuleViolation("IMPORT_REFUSED",
                $"Nothing was written: {result.Problems.Count} problem(s) appeared since the check (the data changed meanwhile). See the import's problems.");
        }
    }
}

public static class CancelImport
{
    public sealed record Command([property: JsonIgnore] Guid Id) : ICommand<ImportJobDto>;

    public sealed class Handler(IMineActionDb db, ICurrentUser user) : ICommandHandler<Command, ImportJobDto>
    {
        public async ValueTask<ImportJobDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var job = await db.FindVisibleAsync(user, command.Id, cancellationToken);
            job.Cancel();
            await db.SaveChangesAsync(cancellationToken);
            return ImportJobDto.From(job);
        }
    }
}
