using Dyad.Events.Codebook;

namespace Dyad.Events.Coding;

/// <summary>
/// The PLOVER event type of an event mention. PLOVER codes an intention as its own type, where Dyad keeps the
/// intended event with a planned modality. Following the PLOVER manual: a planned cooperative event (CAMEO roots
/// 01-07: "agreed to hold talks", "will visit", "will provide aid") is AGREE; a planned concession or retreat (root
/// 08: "would withdraw troops") is CONCEDE; a planned hostile one (roots 09-20: "will impose sanctions") is
/// THREATEN. A threatened event ("threatened to ban voting") is THREATEN; an event someone says another must, should,
/// needs to or has to do ("said Libya must hand over the suspects") is REQUEST (PLOVER 2016's DEMAND); a cooperative event
/// refused or not done ("refused to
/// meet", "failed to reach agreement") is REJECT. Every other mention takes its code's type from the codebook's
/// CAMEO-to-PLOVER map.
/// </summary>
public static class PloverTypes
{
    /// <summary>The PLOVER type of <paramref name="mention"/> under <paramref name="codebook"/>, or null when its code has none.</summary>
    public static string? Of(EventMention mention, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(codebook);
        if (!CameoCode.TryParse(mention.Code, out var code))
        {
            return null;
        }

        var reading = mention.Modality;
        if (reading.Modality == Modality.Modality.Hypothetical && reading.Cue.StartsWith("threaten", StringComparison.Ordinal))
        {
            return "THREATEN";
        }

        if (reading.Modality == Modality.Modality.Hypothetical && reading.Cue is "must" or "should" or "need to" or "have to" && reading.Claimant is not null)
        {
            return "REQUEST";
        }

        if (reading.Modality == Modality.Modality.Negated && code.RootNumber <= 8)
        {
            return "REJECT";
        }

        if (reading.Modality == Modality.Modality.Planned)
        {
            return code.RootNumber switch
            {
                <= 7 => "AGREE",
                8 => "CONCEDE",
                _ => "THREATEN",
            };
        }

        return codebook.Plover(code)?.Type;
    }
}
