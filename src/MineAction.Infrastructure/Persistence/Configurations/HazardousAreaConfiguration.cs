using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MineAction.Infrastructure.Persistence.Configurations;

internal sealed class HazardousAreaConfiguration : IEntityTypeConfiguration<HazardousArea>
{
    public const string CodeSequence = "hazardous_area_code_seq";

    public void Configure(EntityTypeBuilder<HazardousArea> builder)
    {
        builder.ToTable("hazardous_areas", t =>
        {
            t.HasCheckConstraint("ck_hazardous_areas_geometry_valid", "ST_IsValid(geometry) AND ST_SRID(geometry) = 4326");
            t.HasCheckConstraint("ck_hazardous_areas_beneficiaries",
                "direct_girls >= 0 AND direct_boys >= 0 AND direct_women >= 0 AND direct_men >= 0 AND "
                + "indirect_girls >= 0 AND indirect_boys >= 0 AND indirect_women >= 0 AND indirect_men >= 0");
        });
        builder.ConfigureEntity();

        // Assigned by the trigger hazardous_areas_assign_code (migration): HA-<ISO3>-<6 digits>.
        builder.Property(h => h.Code).HasMaxLength(20).ValueGeneratedOnAdd().IsRequired();
        builder.HasIndex(h => h.Code).IsUnique();
        builder.Property(h => h.CountryCode).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(h => h.Name).HasMaxLength(HazardousArea.MaxNameLength).IsRequired();
        builder.Property(h => h.Geometry).HasColumnType("geometry(MultiPolygon,4326)").IsRequired();
        builder.Property(h => h.AreaM2)
            .HasComputedColumnSql("ST_Area(geometry::geography)", stored: true);
        builder.PrimitiveCollection(h => h.DeviceCategories).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(h => h.LandUseBlocked).ElementType().HasConversion<string>();
        builder.ComplexProperty(h => h.DirectBeneficiaries, b => MapSadd(b, "direct"));
        builder.ComplexProperty(h => h.IndirectBeneficiaries, b => MapSadd(b, "indirect"));
        builder.Property(h => h.SourceReport).HasMaxLength(HazardousArea.MaxSourceReportLength);
        builder.Property(h => h.ConfirmationNote).HasMaxLength(HazardousArea.MaxNoteLength);
        builder.Property(h => h.StatusNote).HasMaxLength(HazardousArea.MaxNoteLength);
        builder.ConfigureApproval();

        builder.HasOne(h => h.Province).WithMany().HasForeignKey(h => h.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.District).WithMany().HasForeignKey(h => h.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.RecordingOrganisation).WithMany()
            .HasForeignKey(h => h.RecordingOrganisationId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(h => h.Geometry).HasMethod("gist");
        // The list's sorts (then the id, in the same direction): a page of a national register sorted by any of its columns reads its
        // 50 rows in this order and stops, instead of sorting every matching hazard.
        builder.HasIndex(h => new { h.Status, h.Id });
        builder.HasIndex(h => new { h.Type, h.Id });
        builder.HasIndex(h => new { h.Name, h.Id });
        builder.HasIndex(h => new { h.AreaM2, h.Id });
        builder.HasIndex(h => new { h.RecordedOn, h.Id });
        builder.HasIndex(h => new { h.ApprovalStatus, h.RecordingOrganisationId });
        builder.HasIndex(h => h.DeviceCategories).HasMethod("gin");
        // National contamination and a period's newly recorded hazards read the approved hazards by this narrow index alone (an
        // index-only scan of a few megabytes, not the 140 MB of polygons of a national register).
        builder.HasIndex(h => h.RecordedOn, "ix_hazardous_areas_recorded_on").HasDatabaseName("ix_hazardous_areas_recorded_on")
            .IncludeProperties(h => new { h.Id, h.AreaM2, h.ConfirmedOn, h.ProvinceId, h.DistrictId, h.Type, h.Status })
            .HasFilter("approval_status = 'Approved' AND archived_at IS NULL");
        builder.HasIndex(h => h.ConfirmedOn).HasFilter("confirmed_on IS NOT NULL");

        // Searches match any part of the code, name or IMSMA id (ILIKE '%…%'): trigram indexes answer them without reading every hazard.
        builder.HasIndex(h => h.Code, "ix_hazardous_areas_code_trgm").HasDatabaseName("ix_hazardous_areas_code_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(h => h.Name, "ix_hazardous_areas_name_trgm").HasDatabaseName("ix_hazardous_areas_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(h => h.ExternalImsmaId, "ix_hazardous_areas_external_imsma_id_trgm").HasDatabaseName("ix_hazardous_areas_external_imsma_id_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasExternalId(h => h.ExternalImsmaId, h => new { h.RecordingOrganisationId, h.ExternalImsmaId },
            h => h.RecordingOrganisationId);
    }

    /// <summary>Maps a SADD count to four columns: prefix_girls, prefix_boys, prefix_women, prefix_men.</summary>
    internal static void MapSadd(ComplexPropertyBuilder<Domain.Common.Sadd> b, string prefix)
    {
        b.Property(s => s.Girls).HasColumnName($"{prefix}_girls");
        b.Property(s => s.Boys).HasColumnName($"{prefix}_boys");
        b.Property(s => s.Women).HasColumnName($"{prefix}_women");
        b.Property(s => s.Men).HasColumnName($"{prefix}_men");
    }
}

/// <summary>The hazard labels other records show: the same table read without the archive filter (see <see cref="Application.Hazards.HazardLabel"/>).</summary>
internal sealed class HazardLabelConfiguration : IEntityTypeConfiguration<Application.Hazards.HazardLabel>
{
    public void Configure(EntityTypeBuilder<Application.Hazards.HazardLabel> builder)
    {
        builder.HasKey(h => h.Id);
        builder.ToSqlQuery("SELECT id, code, name, area_m2 FROM hazardous_areas");
    }
}
