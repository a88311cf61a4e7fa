using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

/// <summary>A <c>WITHOUT ROWID</c> table in SQLite (created in the <c>QuerySummaries</c> migration): the key is the only index.</summary>
internal sealed class DateCountConfiguration : IEntityTypeConfiguration<DateCountRecord>
{
    public void Configure(EntityTypeBuilder<DateCountRecord> builder)
    {
        builder.ToTable("date_counts");
        builder.HasKey(c => new { c.Source, c.Start, c.End });
    }
}
