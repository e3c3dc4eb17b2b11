using System.Diagnostics;
using ScanService.Ingest;

namespace ScanService.Host.Bench;

/// <summary>
/// The floor a night cannot beat: reading every field of every CSV file in the exports folder with the same
/// CsvHelper parser ingest uses, and doing nothing else with them.
/// </summary>
internal static class CsvParseFloor
{
    public static (TimeSpan Elapsed, long Rows, long Bytes) Measure(string exportsDirectory)
    {
        var files = Directory.GetFiles(exportsDirectory, "*.csv").Order(StringComparer.Ordinal).ToArray();
        long bytes = 0;
        foreach (var file in files)
        {
            // Warm the page cache first so that neither the floor nor the pipeline pays for the disk.
            using var stream = File.OpenRead(file);
            stream.CopyTo(Stream.Null);
            bytes += stream.Length;
        }

        var clock = Stopwatch.StartNew();
        long rows = 0, characters = 0;
        foreach (var file in files)
        {
            using var reader = new CsvRowReader(file);
            reader.ReadHeader();
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    characters += reader[i].Length;
                }
            }
        }

        clock.Stop();
        GC.KeepAlive(characters);
        return (clock.Elapsed, rows, bytes);
    }
}
