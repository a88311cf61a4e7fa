using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

/// <summary>A <c>WITHOUT ROWID</c> table in SQLite (created in the <c>QuerySummaries</c> migration): the key is the only index.</summary>
internal sealed class AreaCountConfiguration : IEntityTypeConfiguration<AreaCountRecord>
{
    public void Configure(EntityTypeBuilder<AreaCountRecord> builder)
    {
        builder.ToTable("area_counts");
        // Level first, then the period: a range bound is three ranges of the key (years, months, days) over all areas.
        builder.HasKey(c => new { c.Level, c.Grain, c.Period, c.Area });
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Grain).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.Area).HasMaxLength(64);
    }
}
