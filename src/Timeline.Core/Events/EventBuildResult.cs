using Timeline.Core.Time;

namespace Timeline.Core.Events;

/// <summary>The events of an article and every date expression found in it (body offsets).</summary>
public sealed record EventBuildResult(IReadOnlyList<ExtractedEvent> Events, IReadOnlyList<TimeMention> Dates);
