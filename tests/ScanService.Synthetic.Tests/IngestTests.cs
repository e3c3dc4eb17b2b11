using ScanService.Ingest;
using ScanService.Model;
using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

public class IngestTests
{
    private static GeneratedNight Night => Nights.Standard;

    [Test]
    public void The_exports_folder_holds_the_sources_and_not_the_answer_keys()
    {
        var sources = new ExportFolder(Night.Exports).FindSources().Select(s => s.Source);

        sources.ShouldBe(Night.SourceNames.Order(StringComparer.Ordinal));
    }

    [Test]
    public void Every_source_ingests_with_exactly_the_deliberate_rejects_and_dropped_values()
    {
        var ingester = new SourceIngester(Night.Options.RunDate);
        foreach (var summary in Night.Summary.Sources)
        {
            var result = ingester.Ingest(new SourceFile(summary.Source, Path.Combine(Night.Exports, summary.Source + ".csv")));

            result.Report.Outcome.ShouldBe(SourceOutcome.Read, summary.Source);
            result.Report.RowsRead.ShouldBe(summary.Rows);
            result.Report.Rejected.ShouldBe(summary.RejectedByDesign, $"{summary.Source}: {string.Join("; ", result.Issues.Take(5))}");
            result.Report.FieldIssues.ShouldBe(summary.JunkValueRows, $"{summary.Source}: {string.Join("; ", result.Issues.Take(5))}");
        }

        Night.Summary.RejectedByDesign.ShouldBeGreaterThan(0);
        Night.Summary.JunkValueRows.ShouldBeGreaterThan(0);
    }

    [Test]
    public void The_investigations_and_subjects_load_without_a_single_issue()
    {
        var loaded = new InvestigationsLoader(Night.Options.RunDate).Load(new ExportFolder(Night.Exports));

        loaded.Issues.ShouldBeEmpty();
        loaded.Investigations.Count.ShouldBe(Night.Summary.OpenInvestigations);
        loaded.Subjects.Count.ShouldBeGreaterThan(Night.Summary.Subjects * 8 / 10);
        loaded.Subjects.Count.ShouldBeLessThan(Night.Summary.Subjects);
    }
}
