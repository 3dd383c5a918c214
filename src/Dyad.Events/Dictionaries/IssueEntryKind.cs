namespace Dyad.Events.Dictionaries;

/// <summary>What an issue-list line does.</summary>
public enum IssueEntryKind
{
    /// <summary><c>phrase [CODE]</c>: the phrase marks the issue.</summary>
    Issue,

    /// <summary><c>~phrase</c>: found in the sentence, the category's issues are not coded for it.</summary>
    IgnoreInSentence,

    /// <summary><c>~~phrase</c>: found in the story, the category's issues are not coded for it.</summary>
    IgnoreInStory,
}
