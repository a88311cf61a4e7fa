using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class SpanConfiguration : IEntityTypeConfiguration<SpanRecord>
{
    public void Configure(EntityTypeBuilder<SpanRecord> builder)
    {
        builder.ToTable("spans");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(s => new { s.ArticleId, s.Start });
    }
}
