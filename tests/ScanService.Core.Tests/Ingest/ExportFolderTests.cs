using ScanService.Core.Tests.Support;
using ScanService.Ingest;

namespace ScanService.Core.Tests.Ingest;

public class ExportFolderTests
{
    [Test]
    public void Every_csv_is_a_source_named_after_its_file_except_the_investigation_files()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "nrm-referrals.csv", "investigations.csv", "Subjects.csv", "benefit-claims.csv", "notes.txt" })
        {
            folder.Write(name, "x");
        }

        var sources = new ExportFolder(folder.Path).FindSources();

        sources.Select(s => s.Source).ShouldBe(["benefit-claims", "nrm-referrals"]);
    }

    [Test]
    public void A_missing_exports_folder_is_an_error_not_an_empty_night()
    {
        Should.Throw<DirectoryNotFoundException>(() => new ExportFolder("/nonexistent/exports").FindSources());
    }
}
