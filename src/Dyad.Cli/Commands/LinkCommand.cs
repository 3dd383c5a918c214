using System.CommandLine;
using Dyad.Cli.Running;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad link --db FILE</c>: links the stored mentions that no event holds yet (what <c>dyad run</c> does at its end).</summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db(mustExist: true);
        var command = new Command("link", "Link the stored event mentions that no event holds yet into events (dyad run does this at its end; use it on a store from an older build).")
        {
            db,
        };
        command.SetAction(result =>
        {
            try
            {
                using var store = DyadStore.Open(result.GetValue(db)!);
                Console.Out.WriteLine(EventLinking.LinkNew(store).ToString());
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
