using Dyad.Core;

namespace Dyad.Quotes;

internal sealed partial class QuoteAnalysis
{
    /// <summary>A quote being built: token and character positions, filled in by the passes.</summary>
    private sealed class Found
    {
        public QuoteKind Kind { get; set; }

        public QuoteAttribution Attribution { get; set; }

        public int ContentStart { get; set; }

        public int ContentEnd { get; set; }

        /// <summary>Character ends of earlier pieces when the quote was interrupted by its attribution (start, end pairs).</summary>
        public List<(int Start, int End)>? Pieces { get; set; }

        public int CueFirst { get; set; } = -1;

        public int CueLast { get; set; } = -1;

        public string? CueLemma { get; set; }

        public int SpeakerFirst { get; set; } = -1;

        public int SpeakerLast { get; set; } = -1;

        /// <summary>The phrase a relative-pronoun speaker refers to (<c>Earnest</c> in <c>Earnest, who said</c>), or -1.</summary>
        public int ReferentFirst { get; set; } = -1;

        public int ReferentLast { get; set; } = -1;

        public double Confidence { get; set; }

        /// <summary>The quote whose speaker this one carries over (a neighbouring paragraph's attribution).</summary>
        public Found? SpeakerFrom { get; set; }

        /// <summary>The participial cue's governing attribution (<c>..., the White House said, adding that ...</c>).</summary>
        public bool SpeakerIsSubject { get; set; }

        public string? Resolved { get; set; }

        public TextSpan? ResolvedSpan { get; set; }

        public bool HasSpeaker => SpeakerFirst >= 0;
    }

    /// <summary>A run of text between quotation marks; several paragraphs when each continued paragraph reopens the quote.</summary>
    private sealed class QuoteGroup
    {
        public int Open { get; init; }

        public int Last { get; set; }

        public bool Closed { get; set; }

        public int Words { get; set; }

        public Found? Quote { get; set; }

        /// <summary>Absorbed into reported speech as a quoted fragment (a mixed quote).</summary>
        public bool Consumed { get; set; }
    }
}
