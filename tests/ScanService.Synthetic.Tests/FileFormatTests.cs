using System.Text;
using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

public class FileFormatTests
{
    private static readonly string[] StandardColumns =
        ["record_id", "record_date", "date_of_birth", "nationality", "gender", "address", "postcode", "phone", "email"];

    [Test]
    public void Every_source_parses_with_CsvHelper_and_has_the_standard_header()
    {
        var night = Nights.Standard;
        foreach (var source in night.SourceNames)
        {
            var table = night.Source(source);
            table.Header.Distinct().Count().ShouldBe(table.Header.Length, $"{source} repeats a column");
            foreach (var column in StandardColumns)
            {
                table.Has(column).ShouldBeTrue($"{source} lacks {column}");
            }

            (table.Has("full_name") || (table.Has("forename") && table.Has("surname"))).ShouldBeTrue($"{source} has no name columns");
            table.Rows.Count.ShouldBe(night.Summary.Sources.Single(s => s.Source == source).Rows);
        }
    }

    [Test]
    public void Police_intelligence_and_helpline_reports_have_full_name_only()
    {
        var night = Nights.Standard;

        foreach (var source in new[] { "police-intelligence", "helpline-reports" })
        {
            night.Source(source).Has("full_name").ShouldBeTrue();
            night.Source(source).Has("forename").ShouldBeFalse();
        }
    }

    [Test]
    public void The_investigation_files_and_answer_keys_have_their_contract_headers()
    {
        var night = Nights.Standard;

        night.Investigations.Header.ShouldBe(["investigation_ref", "operation_name", "status", "team", "officer", "opened_on"]);
        night.Subjects.Header.ShouldBe(["investigation_ref", "subject_ref", "role", "forename", "surname", "full_name", "date_of_birth",
            "nationality", "gender", "address", "postcode", "phone", "email", "ni_number"]);
        night.Truth.Header.ShouldBe(["source", "record_id", "investigation_ref", "subject_ref", "link_kind"]);
        night.Decoys.Header.ShouldBe(["source", "record_id", "subject_ref", "decoy_kind"]);
    }

    [Test]
    public void Files_are_UTF8_without_a_BOM_and_only_the_helpline_uses_CRLF()
    {
        var night = Nights.Standard;
        foreach (var source in night.SourceNames)
        {
            var bytes = File.ReadAllBytes(Path.Combine(night.Exports, source + ".csv"));
            bytes.AsSpan(0, 3).SequenceEqual(Encoding.UTF8.Preamble).ShouldBeFalse();
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            var firstLineEnd = text.IndexOf('\n');
            (text[firstLineEnd - 1] == '\r').ShouldBe(source == "helpline-reports", source);
        }
    }

    [Test]
    public void Record_ids_are_unique_within_each_file()
    {
        var night = Nights.Standard;
        foreach (var source in night.SourceNames)
        {
            var ids = night.Source(source).Column("record_id").ToList();
            ids.Distinct().Count().ShouldBe(ids.Count, source);
        }
    }
}
