using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class EventAncestorConfiguration : IEntityTypeConfiguration<EventAncestorRecord>
{
    public void Configure(EntityTypeBuilder<EventAncestorRecord> builder)
    {
        builder.ToTable("event_ancestors");
        builder.HasKey(a => new { a.EventId, a.AncestorId });
        builder.Property(a => a.AncestorId).HasMaxLength(64);
        builder.Property(a => a.AncestorKind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<EventRecord>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        // Region filter and keyset paging: one range of this index, already in timeline order. The key (EventId,
        // AncestorId) is the table itself (WITHOUT ROWID, made in the QuerySummaries migration): two b-trees per row.
        // Map counts read area_counts, or this table by event id when the filter needs the events.
        builder.HasIndex(a => new { a.AncestorId, a.DateStart, a.EventId });
    }
}
