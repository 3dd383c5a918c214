namespace Dyad.Storage;

/// <summary>
/// One event linked from many reports, as the store keeps it: flat fields, so the store needs nothing from the linker.
/// </summary>
/// <param name="Id">The event's id (<c>ev-</c> and 16 hex digits), stable across reruns.</param>
/// <param name="Code">CAMEO event code of its representative mention.</param>
/// <param name="Root">CAMEO root.</param>
/// <param name="Family">The linking family (the root, or MEET, AGREE for joint acts).</param>
/// <param name="QuadClass">QuadClass, 1-4 (0 when unknown).</param>
/// <param name="Goldstein">Goldstein score of the code, or null when no mention carries one.</param>
/// <param name="Plover">PLOVER type or null.</param>
/// <param name="Source">The source actor or null (its <see cref="StoredActor.Text"/> is empty).</param>
/// <param name="Target">The target actor or null.</param>
/// <param name="Modality">occurred, planned, negated, hypothetical or claimed.</param>
/// <param name="Claimant">Who asserts it, when its modality rests on a claim, or null.</param>
/// <param name="Date">The event's best date (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY), or null.</param>
/// <param name="DateGranularity">day, week, month, year or unknown.</param>
/// <param name="LocationName">The place's name or null.</param>
/// <param name="LocationCountry">The place's country (ISO3) or null.</param>
/// <param name="Issues">Issue labels, sorted.</param>
/// <param name="MentionCount">Number of mentions.</param>
/// <param name="ArticleCount">Number of distinct articles.</param>
/// <param name="OutletCount">Number of distinct outlets.</param>
/// <param name="FirstReported">Earliest publication date (YYYY-MM-DD) of its articles, or null.</param>
/// <param name="LastReported">Latest publication date, or null.</param>
/// <param name="Confidence">Confidence from independent outlets, 0-1.</param>
/// <param name="Contradictions">Claims inside the event that other mentions deny.</param>
/// <param name="MentionIds">Its mentions' ids, in report order.</param>
public sealed record StoredEvent(
    string Id,
    string Code,
    string Root,
    string Family,
    int QuadClass,
    double? Goldstein,
    string? Plover,
    StoredActor? Source,
    StoredActor? Target,
    string Modality,
    StoredActor? Claimant,
    string? Date,
    string DateGranularity,
    string? LocationName,
    string? LocationCountry,
    IReadOnlyList<string> Issues,
    int MentionCount,
    int ArticleCount,
    int OutletCount,
    string? FirstReported,
    string? LastReported,
    double Confidence,
    IReadOnlyList<StoredContradiction> Contradictions,
    IReadOnlyList<string> MentionIds);

/// <summary>A claimed mention that another mention of the same event denies.</summary>
/// <param name="ClaimedMentionId">The claiming mention.</param>
/// <param name="NegatedMentionId">The denying mention.</param>
/// <param name="Reason">Who claimed and who denied, in words.</param>
public sealed record StoredContradiction(string ClaimedMentionId, string NegatedMentionId, string Reason);

/// <summary>What linking needs to know about an article: its outlet and publication date.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Source">The outlet named in its metadata, or null.</param>
/// <param name="Url">Its URL, or null.</param>
/// <param name="Published">Its publication date (ISO, any precision), or null.</param>
/// <param name="PublishedPrecision">day, month, year, ... or null.</param>
/// <param name="Title">Its title, or null.</param>
public sealed record ArticleOrigin(string Id, string? Source, string? Url, string? Published, string? PublishedPrecision, string? Title);
