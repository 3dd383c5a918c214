using Dyad.Core;

namespace Dyad.Cleaning.PlainText;

/// <summary>The cleaner's decision about one block (one line, or lines it rejoined), for inspection and debugging.</summary>
/// <param name="Span">The block's span in the raw input (first character of its first line to last of its last).</param>
/// <param name="Role">What the block is.</param>
/// <param name="Reason">The signal that decided it (<c>sentence</c>, <c>caption</c>, <c>label-value</c>, <c>context</c>, ...).</param>
public readonly record struct LineDecision(TextSpan Span, LineRole Role, string Reason);
