using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineAction.Domain.DataImport;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.ConfigureEntity();
        builder.Property(j => j.FileName).HasMaxLength(ImportJob.MaxFileNameLength).IsRequired();
        builder.Property(j => j.Sheet).HasMaxLength(ImportJob.MaxSheetNameLength);
        builder.Property(j => j.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(j => j.UploadedBy).HasMaxLength(256).IsRequired();
        builder.Property(j => j.CommittedBy).HasMaxLength(256);
        builder.Property(j => j.Failure).HasMaxLength(1000);
        builder.Ignore(j => j.IsFinished);
        builder.HasIndex(j => new { j.Sha256, j.RecordType });
        builder.HasIndex(j => j.State);
        builder.HasIndex(j => j.CreatedAt);
    }
}

internal sealed class ImportProblemConfiguration : IEntityTypeConfiguration<ImportProblem>
{
    public void Configure(EntityTypeBuilder<ImportProblem> builder)
    {
        builder.ToTable("import_problems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.Column).HasMaxLength(100);
        builder.Property(p => p.Value).HasMaxLength(ImportProblem.MaxValueLength + 1);
        builder.Property(p => p.Rule).HasMaxLength(60).IsRequired();
        builder.Property(p => p.Message).HasMaxLength(1000).IsRequired();
        builder.HasIndex(p => new { p.ImportId, p.Row });
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(p => p.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImportFileChunkConfiguration : IEntityTypeConfiguration<ImportFileChunk>
{
    public void Configure(EntityTypeBuilder<ImportFileChunk> builder)
    {
        builder.ToTable("import_file_chunks");
        builder.HasKey(f => new { f.ImportId, f.Sequence });
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImportedRecordConfiguration : IEntityTypeConfiguration<ImportedRecord>
{
    public void Configure(EntityTypeBuilder<ImportedRecord> builder)
    {
        builder.ToTable("imported_records");
        builder.HasKey(r => new { r.ImportId, r.EntityType, r.EntityId });
        builder.Property(r => r.EntityType).HasMaxLength(60);
        builder.HasIndex(r => new { r.EntityType, r.EntityId });
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
