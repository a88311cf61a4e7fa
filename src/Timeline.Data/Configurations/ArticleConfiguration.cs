using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Timeline.Data.Entities;

namespace Timeline.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<ArticleRecord>
{
    public void Configure(EntityTypeBuilder<ArticleRecord> builder)
    {
        builder.ToTable("articles");
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Published);
        builder.HasIndex(a => a.Source);
        builder.HasMany(a => a.Events).WithOne(e => e.Article).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Spans).WithOne(s => s.Article).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
