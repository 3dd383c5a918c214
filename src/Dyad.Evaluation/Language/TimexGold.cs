using Dyad.Core;

namespace Dyad.Evaluation.Language;

/// <summary>One gold TIMEX3 annotation of a TimeML document, located in the document's plain text.</summary>
/// <param name="Span">Where the expression lies in <see cref="TimexDocument.Text"/>.</param>
/// <param name="Type">The TIMEX3 type as written: DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Text">The annotated characters.</param>
public sealed record TimexGold(TextSpan Span, string Type, string Value, string Text);
