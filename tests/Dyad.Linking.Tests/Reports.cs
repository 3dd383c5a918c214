using System.Collections.Immutable;

namespace Dyad.Linking.Tests;

/// <summary>Actors and a mention builder for hand-made reports: one mention per article unless an article is named.</summary>
internal static class Reports
{
    public static readonly LinkActor Obama = new("Barack Obama", "USAGOV", "USA", ActorKind.Person);
    public static readonly LinkActor Putin = new("Vladimir Putin", "RUSGOV", "RUS", ActorKind.Person);
    public static readonly LinkActor Kerry = new("John Kerry", "USAGOV", "USA", ActorKind.Person);
    public static readonly LinkActor Lavrov = new("Sergei Lavrov", "RUSGOV", "RUS", ActorKind.Person);
    public static readonly LinkActor WhiteHouse = new("White House", "USAGOV", "USA", ActorKind.Group);
    public static readonly LinkActor Kremlin = new("Kremlin", "RUSGOV", "RUS", ActorKind.Group);
    public static readonly LinkActor UnitedStates = new("United States", "USA", "USA", ActorKind.Group);
    public static readonly LinkActor Russia = new("Russia", "RUS", "RUS", ActorKind.Group);
    public static readonly LinkActor Gerasimov = new("Valery Gerasimov", "RUSMIL", "RUS", ActorKind.Person);

    public static readonly LinkPlace LosCabos = new("Los Cabos", "MEX");
    public static readonly LinkPlace Mexico = new("Mexico", "MEX");
    public static readonly LinkPlace Berlin = new("Berlin", "DEU");

    public static LinkMention Report(
        string id,
        LinkDate date,
        string code = "040",
        LinkActor? source = null,
        LinkActor? target = null,
        string? outlet = null,
        DateOnly? published = null,
        LinkModality modality = LinkModality.Occurred,
        bool articleDate = false,
        LinkPlace? place = null,
        string[]? issues = null,
        LinkActor? claimant = null,
        string? article = null) =>
        new(
            id,
            article ?? "article-" + id,
            outlet ?? "outlet-" + id,
            published,
            code,
            code[0] == '0' ? 1 : 3,
            source ?? Obama,
            target ?? Putin,
            modality,
            claimant,
            date,
            articleDate,
            place,
            issues is null ? [] : [.. issues],
            "evidence of " + id);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static ImmutableArray<LinkedEvent> Link(params LinkMention[] mentions) => EventLinker.Link(mentions);

    public static string[] MentionIds(LinkedEvent e) => [.. e.Mentions.Select(m => m.Id)];
}
