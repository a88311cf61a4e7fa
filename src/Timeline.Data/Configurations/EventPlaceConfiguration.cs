using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class EventPlaceConfiguration : IEntityTypeConfiguration<EventPlaceRecord>
{
    public void Configure(EntityTypeBuilder<EventPlaceRecord> builder)
    {
        builder.ToTable("event_places");
        builder.Property(p => p.PlaceId).HasMaxLength(64);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.PlaceId, p.EventId });
        builder.HasIndex(p => p.EventId);
        // Named-region mentions are a few thousand of millions of rows: a partial index lists just them, so their
        // counts read those rows (and their events) instead of every event of the range. Written only for such rows.
        builder.HasIndex(p => new { p.PlaceId, p.EventId }, "IX_event_places_Region").HasFilter("\"Kind\" = 'Region'");
    }
}
