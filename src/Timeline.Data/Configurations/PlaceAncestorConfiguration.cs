using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class PlaceAncestorConfiguration : IEntityTypeConfiguration<PlaceAncestorRecord>
{
    public void Configure(EntityTypeBuilder<PlaceAncestorRecord> builder)
    {
        builder.ToTable("place_ancestors");
        builder.HasKey(a => new { a.PlaceId, a.AncestorId });
        builder.Property(a => a.PlaceId).HasMaxLength(64);
        builder.Property(a => a.AncestorId).HasMaxLength(64);
        builder.Property(a => a.AncestorKind).HasConversion<string>().HasMaxLength(16);
        // Region filter: ancestor → places inside it; level counts: kind → ancestor → place.
        builder.HasIndex(a => new { a.AncestorId, a.PlaceId });
        builder.HasIndex(a => new { a.AncestorKind, a.AncestorId, a.PlaceId });
    }
}
