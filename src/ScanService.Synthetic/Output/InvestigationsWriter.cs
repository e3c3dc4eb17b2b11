using System.Globalization;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Output;

/// <summary>investigations.csv (DESIGN.md §3).</summary>
internal static class InvestigationsWriter
{
    public static readonly string[] Header = ["investigation_ref", "operation_name", "status", "team", "officer", "opened_on"];

    public static void Write(SyntheticWorld world, string path)
    {
        using var csv = new CsvRowWriter(path);
        csv.WriteRow(Header);
        foreach (var i in world.Investigations)
        {
            csv.WriteRow([i.Ref, i.OperationName, i.Status, i.Team, i.Officer, i.OpenedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }
    }
}
