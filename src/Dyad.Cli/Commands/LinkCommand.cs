using System.CommandLine;
using Dyad.Cli.Running;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad link --db FILE</c>: links the stored mentions that no event holds yet, then dates articles still without a
/// day from the events they share with dated articles and relinks them (what <c>dyad run</c> does at its end).
/// </summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db(mustExist: true);
        var dictionaries = DictionaryOption.Create("re-analyse articles dated from shared events with them (use the same dictionaries as the run that coded the store).");
        var command = new Command("link", "Link the stored event mentions that no event holds yet into events, and date undated articles from the events they share (dyad run does this at its end; use it on a store from an older build).")
        {
            db, dictionaries,
        };
        command.SetAction(result =>
        {
            if (!DictionaryOption.TryLoad(result.GetValue(dictionaries), out var coder))
            {
                return 1;
            }

            try
            {
                using var store = DyadStore.Open(result.GetValue(db)!);
                var summary = EventLinking.LinkNew(store);
                var dated = SharedEventDating.Apply(store, coder);
                if (dated > 0)
                {
                    summary = EventLinking.LinkNew(store);
                    Console.Out.WriteLine($"{dated} article(s) dated from events shared with dated articles, analysed again and relinked.");
                }

                Console.Out.WriteLine(summary.ToString());
                return 0;
            }
            catch (StoreException ex)
            {
                Consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
