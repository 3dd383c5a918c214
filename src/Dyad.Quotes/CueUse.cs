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

    /// <summary>Not a verb of saying but of belief, knowledge, feeling or stance; its complement (a clause, an infinitive or a noun phrase) is the content: <c>believes that</c>, <c>supports the plan</c>.</summary>
    Belief = 64,

    /// <summary>An aim or decision; its complement is the content: <c>wants to</c>, <c>plans to</c>, <c>refused to</c>.</summary>
    Intention = 128,

    /// <summary>A finding; its complement is the content: <c>the poll shows</c>, <c>the study found that</c>.</summary>
    Evidence = 256,

    /// <summary>A state of mind rather than a stance taken (<c>believe</c>, <c>know</c>, <c>understand</c>): its participle after a comma gives a reason and does not end a reported clause.</summary>
    MentalState = 512,

    /// <summary>A directive or a commitment: an infinitive, with its addressee or not, is what was said (<c>urged Congress to act</c>, <c>vowed to fight</c>, <c>told him not to go</c>).</summary>
    Infinitive = 1024,

    /// <summary>Any of <see cref="Belief"/>, <see cref="Intention"/> and <see cref="Evidence"/>.</summary>
    Attitude = Belief | Intention | Evidence,
}
