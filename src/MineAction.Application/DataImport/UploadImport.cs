using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

public static class UploadImport
{
    /// <summary>
    /// A file to bring in as <paramref name="RecordType"/> records: read from <paramref name="Content"/> a piece at a time (at most
    /// <paramref name="MaxBytes"/>, else 413), stored encrypted and queued for checking in the background. <paramref name="Sheet"/> names the
    /// workbook's sheet to read (a KoboToolbox export keeps each repeat on a sheet of its own); the first when null.
    /// </summary>
    public sealed record Command(ImportRecordType? RecordType, string? FileName, [property: JsonIgnore] Stream Content, string? Sheet = null,
        [property: JsonIgnore] long MaxBytes = long.MaxValue) : ICommand<ImportJobDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.RecordType).NotNull().IsInEnum().OverridePropertyName("recordType");
            RuleFor(c => c.FileName).MaximumLength(ImportJob.MaxFileNameLength).OverridePropertyName("fileName");
            RuleFor(c => c.Sheet).MaximumLength(ImportJob.MaxSheetNameLength).OverridePropertyName("sheet");
        }
    }

    public sealed class Handler(IMineActionDb db, ICurrentUser user, ImportRunner runner, IPersonalDataProtector protector)
        : ICommandHandler<Command, ImportJobDto>
    {
        public async ValueTask<ImportJobDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var type = command.RecordType!.Value;
            var importer = runner.ImporterFor(type);
            importer.EnsureAllowed(user);
            await using var file = await ImportFileSpool.WriteAsync(command.Content, protector, command.MaxBytes, cancellationToken);
            if (file.Length == 0)
            {
                throw Invalid.Field("file", "'file' is empty: send the file as the request body.");
            }

            var earlier = await db.ImportJobs.Where(j => j.Sha256 == file.Sha256 && j.RecordType == type && j.Sheet == command.Sheet && j.State == ImportState.Committed)
                .Select(j => new { j.Id, j.FileName, j.CommittedAt }).FirstOrDefaultAsync(cancellationToken);
            if (earlier is not null)
            {
                throw new ConflictException("ALREADY_IMPORTED",
                    $"This file was already imported as {type}: import {earlier.Id} ('{earlier.FileName}', committed {earlier.CommittedAt:yyyy-MM-dd HH:mm} UTC).",
                    [earlier.Id.ToString()]);
            }

            var format = Readable(file, command.Sheet);
            var job = new ImportJob(type, format, command.FileName ?? "upload", file.Sha256, file.Length,
                new ImportUploader(user.UserId, user.Name, user.OrganisationId, [.. Roles.All.Where(user.IsInRole)]), command.Sheet);
            await using var transaction = await JoinedTransaction.BeginAsync(db.Database, cancellationToken);
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var chunk in file.Chunks(job.Id))
            {
                // One piece in memory at a time: each is written and forgotten before the next is read.
                db.ImportFileChunks.Add(chunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
            return ImportJobDto.From(job);
        }

        /// <summary>The file's format, once its header could be read: a damaged or empty file is refused now (400), not in the background.</summary>
        private static ImportFormat Readable(ImportFileSpool file, string? sheet)
        {
            try
            {
                using var start = file.OpenRead();
                var format = ImportFiles.Detect(start);
                if (sheet is not null && format != ImportFormat.Xlsx)
                {
                    throw Invalid.Field("sheet", "'sheet' names a sheet of an XLSX workbook; this file is not one.");
                }

                _ = ImportFiles.Read(file.OpenRead, format, sheet).Columns;
                return format;
            }
            catch (FileRefusedException e)
            {
                throw Invalid.Field("file", e.Problems.Count > 0 ? $"{e.Message} {e.Problems[0].Reason}" : e.Message);
            }
        }
    }
}
