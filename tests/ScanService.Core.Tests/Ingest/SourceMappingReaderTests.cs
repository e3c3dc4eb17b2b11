using ScanService.Core.Tests.Support;
using ScanService.Ingest.Mappings;
using ScanService.Rules;

namespace ScanService.Core.Tests.Ingest;

public class SourceMappingReaderTests
{
    private const string ValidMapping = """
        encoding: windows-1252
        delimiter: semicolon
        header_row: 3
        columns:
          record_id: Visit ref
          forename: Worker given name
          surname: Worker family name
          date_of_birth: Date of birth
        date_formats:
          date_of_birth: [dd.MM.yyyy, yyyy]
        """;

    private TempFolder _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(_folder.Path, "mappings"));
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private (IReadOnlyList<SourceMapping> Mappings, IReadOnlyList<RuleError> Errors) Read(string yaml, string fileName = "glaa-visits.yaml")
    {
        _folder.Write(Path.Combine("mappings", fileName), yaml);
        var (mappings, errors, _) = SourceMappingLoader.Read(_folder.Path);
        return (mappings, errors);
    }

    [Test]
    public void A_valid_mapping_is_read_with_its_source_named_after_the_file()
    {
        var (mappings, errors) = Read(ValidMapping);

        errors.ShouldBeEmpty();
        var mapping = mappings.ShouldHaveSingleItem();
        mapping.Source.ShouldBe("glaa-visits");
        mapping.FileName.ShouldBe("mappings/glaa-visits.yaml");
        mapping.EncodingName.ShouldBe("windows-1252");
        mapping.Delimiter.ShouldBe(';');
        mapping.HeaderRow.ShouldBe(3);
        mapping.ColumnByField["surname"].ShouldBe("Worker family name");
        mapping.DateFormatsOf("date_of_birth").ShouldBe(["dd.MM.yyyy", "yyyy"]);
    }

    [Test]
    public void Defaults_are_the_standard_format_utf8_comma_and_header_on_line_one()
    {
        var mapping = Read("columns:\n  record_id: Ref\n  full_name: Name\n").Mappings.ShouldHaveSingleItem();

        (mapping.EncodingName, mapping.Delimiter, mapping.HeaderRow).ShouldBe(("utf-8", ',', 1));
    }

    [Test]
    public void A_misspelt_key_is_reported_at_its_line_and_column_with_a_suggestion()
    {
        var error = Read(ValidMapping.Replace("header_row: 3", "header_rows: 3")).Errors.ShouldHaveSingleItem();

        error.ToString().ShouldBe("mappings/glaa-visits.yaml:3:1: unknown key 'header_rows'; did you mean 'header_row'?");
    }

    [Test]
    public void An_unknown_field_an_unknown_encoding_and_an_unknown_delimiter_are_each_located()
    {
        var errors = Read(ValidMapping
            .Replace("encoding: windows-1252", "encoding: windows-1225")
            .Replace("delimiter: semicolon", "delimiter: colon")
            .Replace("  surname: Worker family name", "  surnme: Worker family name")).Errors;

        errors.ShouldContain(e => e.Line == 1 && e.Column == 11 && e.Message == "unknown encoding 'windows-1225'; did you mean 'windows-1252'?");
        errors.ShouldContain(e => e.Line == 2 && e.Column == 12 && e.Message.StartsWith("unknown delimiter 'colon'"));
        errors.ShouldContain(e => e.Line == 7 && e.Column == 3 && e.Message == "unknown field 'surnme'; did you mean 'surname'?");
    }

    [Test]
    public void Minutes_written_for_the_month_in_a_date_format_are_caught_with_the_fix()
    {
        var error = Read(ValidMapping.Replace("[dd.MM.yyyy, yyyy]", "[dd/mm/yyyy]")).Errors.ShouldHaveSingleItem();

        (error.Line, error.Column).ShouldBe((10, 19));
        error.Message.ShouldBe("'dd/mm/yyyy' has 'mm', which means minutes; write 'MM' for the month (e.g. dd/MM/yyyy)");
    }

    [Test]
    public void A_mapping_without_a_record_id_column_or_anything_to_match_on_is_refused()
    {
        var errors = Read("columns:\n  nationality: Nationality\n").Errors;

        errors.ShouldContain(e => e.Line == 2 && e.Message.Contains("'record_id' column"));
        errors.ShouldContain(e => e.Line == 2 && e.Message.Contains("maps nothing to match on"));
    }

    [Test]
    public void One_column_mapped_to_two_fields_is_refused_at_the_second()
    {
        var error = Read("columns:\n  record_id: Ref\n  forename: Name\n  full_name: name\n").Errors.ShouldHaveSingleItem();

        (error.Line, error.Column).ShouldBe((4, 14));
        error.Message.ShouldContain("already mapped to 'forename'");
    }

    [Test]
    public void Date_formats_for_a_field_the_mapping_does_not_map_are_refused()
    {
        var error = Read(ValidMapping + "\n  record_date: [dd.MM.yyyy]\n").Errors.ShouldHaveSingleItem();

        (error.Line, error.Column).ShouldBe((11, 3));
        error.Message.ShouldContain("'record_date', which 'columns' does not map");
    }

    [Test]
    public void A_header_row_that_is_not_a_positive_whole_number_is_refused()
    {
        var error = Read(ValidMapping.Replace("header_row: 3", "header_row: 0")).Errors.ShouldHaveSingleItem();

        error.ToString().ShouldBe("mappings/glaa-visits.yaml:3:13: 'header_row' 0 is out of range (1 to 1000)");
    }

    [Test]
    public void Yaml_tags_anchors_and_aliases_are_refused_where_they_stand()
    {
        var errors = Read(ValidMapping
            .Replace("record_id: Visit ref", "record_id: !!python/object:os.system Visit ref")
            .Replace("forename: Worker given name", "forename: &given Worker given name")
            .Replace("surname: Worker family name", "surname: *given")).Errors;

        errors.ShouldContain(e => e.Line == 5 && e.Message.Contains("tags") && e.Message.Contains("mapping files"));
        errors.ShouldContain(e => e.Line == 6 && e.Message.Contains("anchors"));
        errors.ShouldContain(e => e.Line == 7 && e.Message.Contains("aliases"));
    }

    [Test]
    public void A_mapping_file_over_the_size_limit_is_refused_unread()
    {
        var error = Read("# " + new string('x', YamlFile.MaxBytes) + "\n" + ValidMapping).Errors.ShouldHaveSingleItem();

        error.Message.ShouldContain("limited to");
    }

    [Test]
    public void Deep_nesting_is_stopped_before_a_tree_is_built()
    {
        var error = Read(new string('[', 5000) + new string(']', 5000)).Errors.ShouldHaveSingleItem();

        error.Message.ShouldContain("nests deeper than");
    }

    [Test]
    public void A_folder_without_mappings_has_none_and_no_errors()
    {
        Directory.Delete(Path.Combine(_folder.Path, "mappings"));

        var (mappings, errors, hash) = SourceMappingLoader.Read(_folder.Path);

        mappings.ShouldBeEmpty();
        errors.ShouldBeEmpty();
        hash.ShouldBeNull();
    }

    [Test]
    public void The_shipped_mappings_read_without_errors()
    {
        var (mappings, errors, _) = SourceMappingLoader.Read(ScanService.Testing.Repository.Rules);

        errors.ShouldBeEmpty();
        mappings.Select(m => m.Source).ShouldBe(["glaa-visits", "nrm-casework"]);
    }
}
