using ScanService.Synthetic.Composition;
using ScanService.Synthetic.Rendering;

namespace ScanService.Synthetic.Output;

/// <summary>What generating one source produced, for the night's summary.</summary>
internal sealed class SourceResult(string source)
{
    public string Source { get; } = source;

    public int Rows { get; set; }

    public int LinkRecords { get; set; }

    public int BackgroundRecords { get; set; }

    /// <summary>Rows built to be rejected by the ingest (nothing to match on).</summary>
    public int RejectedByDesign { get; set; }

    /// <summary>Rows with one deliberately unreadable value (the ingest drops the value, keeps the row).</summary>
    public int JunkValueRows { get; set; }

    public int[] TruthRowsByKind { get; } = new int[Enum.GetValues<LinkKind>().Length];

    public int TruthPairs { get; set; }

    public int[] DecoysByKind { get; } = new int[Enum.GetValues<DecoyKind>().Length];

    public MessTally Mess { get; } = new();
}
