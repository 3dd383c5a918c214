using Dyad.Core;
using Dyad.Events.Extraction;
using Dyad.Language.Pipeline;
using Dyad.Testing;

namespace Dyad.Events.Tests.Extraction;

/// <summary>The whole events stage on hostile text: it never throws, and every span it gives lies inside the text.</summary>
public sealed class EventExtractorPropertyTests
{
    private static readonly string[] Pieces =
    [
        " President of Russia Vladimir Putin: ", "\n\nBarack Obama: ", " “We met Putin,” he said. ", " I thank you. ",
        " We discussed Syria with you, Mr President. ", " Kerry said Lavrov must step down. ", " the meeting ",
        " Patrushev, on a visit to the US, handed over a letter. ", " “", "”", " said ", " , ", " [Northern Ireland] ",
        " the leaders would discuss trade next week, ", " Friday's phone conversation ", " ' ", " : ",
    ];

    private static readonly string[] Modalities = ["occurred", "planned", "negated", "hypothetical", "claimed"];

    [Fact]
    public void EventsOfHostileTextWithQuotesAndTranscriptLabelsStayInsideTheText()
    {
        Properties.ForAll(60, random =>
        {
            var text = string.Empty;
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                text += random.Next(3) == 0 ? Properties.HostileText(random, 80) : Pieces[random.Next(Pieces.Length)];
            }

            var anchor = random.Next(2) == 0 ? PartialDate.FromDay(2013, 3, 3) : (PartialDate?)null;
            foreach (var e in EventExtractor.Default.Extract(LanguagePipeline.Default.Annotate(text, anchor)))
            {
                Assert.InRange(e.Evidence.Start, 0, e.Evidence.End);
                Assert.InRange(e.Evidence.End, e.Evidence.Start, text.Length);
                Assert.Contains(e.Modality, Modalities);
                foreach (var actor in new[] { e.Source, e.Target, e.Claimant })
                {
                    if (actor is not null)
                    {
                        Assert.InRange(actor.Span.End, actor.Span.Start, text.Length);
                    }
                }
            }
        });
    }
}
