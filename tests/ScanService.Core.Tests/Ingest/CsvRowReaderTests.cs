using System.Text;
using ScanService.Core.Tests.Support;
using ScanService.Ingest;

namespace ScanService.Core.Tests.Ingest;

public class CsvRowReaderTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [TestCase(5_000, 1_000)]
    [TestCase(20_000, 1_000)]
    public void The_row_count_judged_from_the_first_rows_is_close_to_the_file_s(int rows, int sample)
    {
        var text = new StringBuilder("record_id,full_name,address\n");
        for (var i = 0; i < rows; i++)
        {
            // Rows of varying length, so that the estimate has to average rather than hit an exact multiple.
            text.Append(FormattableString.Invariant($"R{i},Name {new string('x', i % 17)},\"{i % 90} Oldham Road, Manchester\"\n"));
        }

        using var reader = new CsvRowReader(_folder.Write("rows.csv", text.ToString()));
        reader.ReadHeader();
        for (var i = 0; i < sample; i++)
        {
            reader.Read().ShouldBeTrue();
        }

        reader.EstimateRowCount(sample).ShouldBeInRange((int)(rows * 0.9), (int)(rows * 1.1));
    }
}
