using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> builder)
    {
        builder.ToTable("events");
        builder.Property(e => e.Precision).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Basis).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Edtf).HasMaxLength(32);
        // Timeline order and keyset paging: (DateStart, Id); overlap filters also use DateEnd.
        builder.HasIndex(e => new { e.DateStart, e.Id });
        builder.HasIndex(e => e.DateEnd);
        builder.HasIndex(e => new { e.ArticleId, e.Ordinal }).IsUnique();
        builder.HasMany(e => e.Places).WithOne(p => p.Event).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
