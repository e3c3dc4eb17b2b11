using System.Globalization;

namespace ScanService.Host.Bench;

/// <summary>Prints benchmark figures: one night in detail, or several as a scaling table.</summary>
internal static class NightReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(NightFigures f, TextWriter output)
    {
        output.WriteLine(string.Create(Invariant, $"  records {f.Records:#,0} ({f.RecordsMatched:#,0} matched) against {f.Subjects:#,0} subjects"));
        output.WriteLine(string.Create(Invariant, $"  wall time          {f.Wall.TotalSeconds,8:0.0} s"));
        foreach (var stage in f.Stages)
        {
            output.WriteLine(string.Create(Invariant, $"    {stage.Stage,-16} {stage.Elapsed.TotalSeconds,8:0.0} s   (CPU {stage.ProcessorTime.TotalSeconds,5:0.0} s, GC paused {stage.CollectorPauses.TotalSeconds,4:0.0} s, allocated {stage.Allocated / (1024.0 * 1024 * 1024),5:0.00} GB, peak so far {stage.PeakWorkingSet / (1024 * 1024),6:#,0} MB)"));
        }

        output.WriteLine(string.Create(Invariant, $"  records/s          {f.RecordsPerSecond,8:#,0}"));
        output.WriteLine(string.Create(Invariant, $"  peak working set   {f.PeakWorkingSet / (1024.0 * 1024),8:#,0} MB"));
        output.WriteLine(string.Create(Invariant, $"  GC pauses          {f.Gc.Paused.TotalSeconds,8:0.0} s (collections: {f.Gc.Gen0:#,0} gen0, {f.Gc.Gen1:#,0} gen1, {f.Gc.Gen2:#,0} gen2; {f.Gc.Allocated / (1024.0 * 1024 * 1024):0.0} GB allocated)"));
        output.WriteLine(string.Create(Invariant, $"  alerts written     {f.AlertsWritten,8:#,0}"));
        output.WriteLine(string.Create(Invariant, $"  bare CSV parse     {f.Parse.TotalSeconds,8:0.0} s ({f.ParsedRows:#,0} rows, {f.Bytes / (1024.0 * 1024):#,0} MB, CsvHelper)"));
        output.WriteLine(string.Create(Invariant, $"  pipeline / parse   {f.TimesParse,8:0.0} x"));
        if (f.Quality is { } q)
        {
            var person = q.RecallByKind.FirstOrDefault(k => k.Kind == ScanService.Evaluation.LinkKinds.Person);
            output.WriteLine(string.Create(Invariant,
                $"  quality            precision {q.Precision:0.0000}  recall {q.Recall:0.0000}  F1 {q.F1:0.0000}  person recall {(person is null ? "-" : person.Recall.ToString("0.0000", Invariant))} (truth.csv, {q.TruthPairs:#,0} pairs)"));
        }
    }

    public static void WriteTable(IReadOnlyList<NightFigures> nights, TextWriter output)
    {
        var stages = nights.SelectMany(n => n.Stages.Select(s => s.Stage)).Distinct().ToArray();
        output.WriteLine(string.Create(Invariant, $"  {"records",10} {"wall s",8} {"µs/record",10} {"records/s",10} {"parse s",8} {"x parse",8} {"peak MB",8} {"alerts",9} {"F1",7}  ") +
            string.Join(" ", stages.Select(s => $"{s + " s",13}")));
        foreach (var f in nights)
        {
            output.WriteLine(string.Create(Invariant, $"  {f.Records,10:#,0} {f.Wall.TotalSeconds,8:0.0} {f.MicrosecondsPerRecord,10:0} {f.RecordsPerSecond,10:#,0} {f.Parse.TotalSeconds,8:0.0} {f.TimesParse,8:0.0} {f.PeakWorkingSet / (1024.0 * 1024),8:#,0} {f.AlertsWritten,9:#,0} {(f.Quality is { } q ? q.F1.ToString("0.0000", Invariant) : "-"),7}  ") +
                string.Join(" ", stages.Select(s => string.Create(Invariant, $"{f.Stages.FirstOrDefault(t => t.Stage == s).Elapsed.TotalSeconds,13:0.0}"))));
        }

        if (nights.Count > 1)
        {
            var first = nights[0];
            var last = nights[^1];
            output.WriteLine(string.Create(Invariant,
                $"  time per record, largest / smallest night: {last.MicrosecondsPerRecord / first.MicrosecondsPerRecord:0.00} (1.00 is linear; {(double)last.Records / first.Records:0} would be quadratic)"));
        }
    }
}
