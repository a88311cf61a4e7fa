namespace Timeline.Core.Text;

/// <summary>A sentence of an article body: offsets into the body text, and the paragraph it belongs to.</summary>
public sealed record Sentence(int Start, int End, int Paragraph, string Text);
