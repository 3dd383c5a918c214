using System.Globalization;

namespace Dyad.Cli.Bench;

/// <summary>Reads the process's peak resident set size.</summary>
internal static class PeakMemory
{
    /// <summary>Resets the kernel's peak-RSS mark (Linux: writing 5 to <c>/proc/self/clear_refs</c>), so the next
    /// <see cref="PeakRssBytes"/> covers only what follows; does nothing where that is not possible.</summary>
    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Peak RSS in bytes: <c>VmHWM</c> from <c>/proc/self/status</c> on Linux, else the peak working set.</summary>
    public static long PeakRssBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Environment.WorkingSet;
    }
}
