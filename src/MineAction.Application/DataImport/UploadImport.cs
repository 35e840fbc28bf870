using System.Security.Cryptography;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

public static class UploadImport
{
    /// <summary>
    /// A file to bring in as <paramref name="RecordType"/> records: stored and queued for checking in the background. <paramref name="Sheet"/>
    /// names the workbook's sheet to read (a KoboToolbox export keeps each repeat on a sheet of its own); the first when null.
    /// </summary>
    public sealed record Command(ImportRecordType? RecordType, string? FileName, [property: JsonIgnore] byte[] Content, string? Sheet = null)
        : ICommand<ImportJobDto>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.RecordType).NotNull().IsInEnum().OverridePropertyName("recordType");
            RuleFor(c => c.FileName).MaximumLength(ImportJob.MaxFileNameLength).OverridePropertyName("fileName");
            RuleFor(c => c.Sheet).MaximumLength(ImportJob.MaxSheetNameLength).OverridePropertyName("sheet");
            RuleFor(c => c.Content).Must(c => c.Length > 0).OverridePropertyName("file").WithMessage("'file' is empty: send the file as the request body.");
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
            var sha = Convert.ToHexStringLower(SHA256.HashData(command.Content));
            var earlier = await db.ImportJobs.Where(j => j.Sha256 == sha && j.RecordType == type && j.Sheet == command.Sheet && j.State == ImportState.Committed)
                .Select(j => new { j.Id, j.FileName, j.CommittedAt }).FirstOrDefaultAsync(cancellationToken);
            if (earlier is not null)
            {
                throw new ConflictException("ALREADY_IMPORTED",
                    $"This file was already imported as {type}: import {earlier.Id} ('{earlier.FileName}', committed {earlier.CommittedAt:yyyy-MM-dd HH:mm} UTC).",
                    [earlier.Id.ToString()]);
            }

            var format = Readable(command.Content, command.Sheet);
            var job = new ImportJob(type, format, command.FileName ?? "upload", sha, command.Content.Length,
                new ImportUploader(user.UserId, user.Name, user.OrganisationId, [.. Roles.All.Where(user.IsInRole)]), command.Sheet);
            db.ImportJobs.Add(job);
            db.ImportFiles.Add(new ImportFile(job.Id, protector.Protect(command.Content)));
            await db.SaveChangesAsync(cancellationToken);
            return ImportJobDto.From(job);
        }

        /// <summary>The file's format, once its header could be read: a damaged or empty file is refused now (400), not in the background.</summary>
        private static ImportFormat Readable(byte[] content, string? sheet)
        {
            try
            {
                var format = ImportFiles.Detect(content);
                if (sheet is not null && format != ImportFormat.Xlsx)
                {
                    throw Invalid.Field("sheet", "'sheet' names a sheet of an XLSX workbook; this file is not one.");
                }

                _ = ImportFiles.Read(content, format, sheet).Columns;
                return format;
            }
            catch (FileRefusedException e)
            {
                throw Invalid.Field("file", e.Problems.Count > 0 ? $"{e.Message} {e.Problems[0].Reason}" : e.Message);
            }
        }
    }
}
