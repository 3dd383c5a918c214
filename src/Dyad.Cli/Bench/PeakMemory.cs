using System.Globalization;

namespace Dyad.Cli.Bench;

/// <summary>Reads the process's peak resident set size.</summary>
internal static class PeakMemory
{
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
