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
    }
}
