using System.Collections.Immutable;

namespace Dyad.Events.Dictionaries;

/// <summary>
/// A verb pattern line (<c>- * (TO BORDER)  [154]</c>): words around the verb <c>*</c> that, when found, give a
/// more specific code than the verb block's.
/// </summary>
/// <param name="Block">The meaning of the verb block the pattern belongs to (<c>RUSH</c>, <c>ACCELERATE</c>).</param>
/// <param name="Tokens">The pattern's tokens in order.</param>
/// <param name="VerbIndex">Index of the <c>*</c> token in <see cref="Tokens"/>.</param>
/// <param name="Code">The code the pattern gives.</param>
/// <param name="Text">The pattern text between <c>-</c> and the code, trimmed.</param>
/// <param name="Location">File and line.</param>
public sealed record VerbPattern(string Block, ImmutableArray<PatternToken> Tokens, int VerbIndex, VerbCode Code, string Text, DictionaryLocation Location)
{
    /// <summary>Index of the <c>$</c> (source) token, or -1: without it the source is the verb's subject.</summary>
    public int SourceIndex => IndexOf(PatternTokenKind.Source);

    /// <summary>Index of the <c>+</c> (target) token, or -1: without it the target is the verb's object.</summary>
    public int TargetIndex => IndexOf(PatternTokenKind.Target);

    /// <summary>Tokens before the verb (the "upper" part in PETRARCH's terms).</summary>
    public ImmutableArray<PatternToken> Before => Tokens[..VerbIndex];

    /// <summary>Tokens after the verb (the "lower" part).</summary>
    public ImmutableArray<PatternToken> After => Tokens[(VerbIndex + 1)..];

    private int IndexOf(PatternTokenKind kind)
    {
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (Tokens[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }
}
