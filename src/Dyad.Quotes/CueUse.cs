namespace Dyad.Quotes;

/// <summary>Where a cue verb may report speech.</summary>
[Flags]
internal enum CueUse
{
    None = 0,

    /// <summary>Attributes a direct quote next to it: <c>“...,” he said</c>, <c>he asked: “...”</c>.</summary>
    Direct = 1,

    /// <summary>Introduces reported speech: <c>Rhodes said the reset ...</c>.</summary>
    Indirect = 2,

    /// <summary>Takes a listener before the reported clause: <c>told reporters that ...</c>.</summary>
    Listener = 4,

    /// <summary>Its noun-phrase object is the content: <c>stressed the importance of ...</c>.</summary>
    NounContent = 8,

    /// <summary>Reports a question: <c>asked whether ...</c>, <c>wondered why ...</c>.</summary>
    Question = 16,

    /// <summary>Reports words only when they are quoted: <c>called the plan “a disaster”</c>, <c>described it as “historic”</c>.</summary>
    Naming = 32,
}
