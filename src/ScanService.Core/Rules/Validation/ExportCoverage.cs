using System.Text;
using ScanService.Ingest;
using ScanService.Ingest.Mappings;
using ScanService.Normalise;

namespace ScanService.Rules.Validation;

/// <summary>
/// One export and the standard fields its header (directly or through its mapping) provides; null when the header
/// could not be read, so that one broken export does not also raise a warning for every rule.
/// </summary>
public sealed record SourceCoverage(string Source, IReadOnlySet<string>? Fields);

/// <summary>
/// Reads only the header of each export in a folder to learn which fields each source provides, checking each
/// mapping against the file it describes on the way.
/// </summary>
internal static class ExportCoverage
{
    public static List<SourceCoverage> Read(string exportsDirectory, SourceMappings mappings, List<RuleError> problems)
    {
        var coverage = new List<SourceCoverage>();
        IReadOnlyList<SourceFile> files;
        try
        {
            files = new ExportFolder(exportsDirectory).FindSources();
        }
        catch (DirectoryNotFoundException)
        {
            problems.Add(new RuleError(exportsDirectory, 1, 1, "exports folder does not exist"));
            return coverage;
        }

        foreach (var file in files)
        {
            var mapping = mappings.TryGet(file.Source, out var found) ? found : null;
            coverage.Add(new SourceCoverage(file.Source, Fields(file, mapping, problems)));
        }

        // A mapping for a source missing tonight is normal (not every partner exports every night); one whose name
        // is a near miss of an export's name is almost certainly misnamed, and then that export goes unread.
        foreach (var mapping in mappings.All.Where(m => files.All(f => f.Source != m.Source)))
        {
            if (Suggest.Closest(mapping.Source, files.Select(f => f.Source)) is { } near)
            {
                problems.Add(RuleError.Warning(mapping.FileName, TextPosition.Start,
                    $"no export '{mapping.Source}.csv' in {exportsDirectory}, but there is '{near}.csv'; should this file be called '{near}.yaml'?"));
            }
        }

        return coverage;
    }

    private static HashSet<string>? Fields(SourceFile file, SourceMapping? mapping, List<RuleError> problems)
    {
        string[]? header;
        try
        {
            if (mapping is not null && !SourceEncodings.IsUtf8(mapping.EncodingName) &&
                SingleByteCheck.FindProblem(file.Path, mapping.EncodingName) is { } wrong)
            {
                problems.Add(new RuleError(file.FileName, wrong.Line, wrong.Column, $"{wrong.Reason} (mapping {mapping.FileName})"));
                return null;
            }

            using var reader = new CsvRowReader(file.Path, mapping?.Format ?? CsvFormat.Standard);
            header = reader.ReadHeader();
        }
        catch (DecoderFallbackException)
        {
            var fix = mapping is null ? "describe its encoding in a source mapping" : $"correct 'encoding' in {mapping.FileName}";
            problems.Add(Problem(file, mapping, $"the header cannot be decoded as {mapping?.EncodingName ?? "UTF-8"}; {fix}"));
            return null;
        }
        catch (IOException ex)
        {
            problems.Add(Problem(file, mapping, $"the file could not be read ({ex.GetType().Name})"));
            return null;
        }

        if (header is null)
        {
            problems.Add(Problem(file, mapping, mapping is null ? "the file is empty (no header row)" : $"no header row on line {mapping.HeaderRow}"));
            return null;
        }

        return mapping is null ? StandardFields(file, header, problems) : MappedFields(file, mapping, header, problems);
    }

    private static HashSet<string>? StandardFields(SourceFile file, string[] header, List<RuleError> problems)
    {
        var layout = StandardColumns.FromHeader(header);
        if (!layout.Success)
        {
            problems.Add(RuleError.Warning(file.FileName, TextPosition.Start,
                $"{layout.Error} (add {SourceMappingLoader.FolderName}/{file.Source}.yaml); the run will report this source as unreadable"));
            return null;
        }

        return StandardColumns.PersonFields.Concat(IdentifierNormaliser.Columns)
            .Where(f => layout.Value.IndexOf(f) >= 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A mapping naming a column its file lacks is wrong for that file: an error at the mapping's line.</summary>
    private static HashSet<string>? MappedFields(SourceFile file, SourceMapping mapping, string[] header, List<RuleError> problems)
    {
        var columns = header.Select(h => h.Trim()).ToList();
        var missing = false;
        foreach (var (field, column) in mapping.ColumnByField)
        {
            if (columns.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            missing = true;
            var at = mapping.ColumnPositions.TryGetValue(field, out var position) ? position : TextPosition.Start;
            problems.Add(RuleError.At(mapping.FileName, at,
                $"column '{column}' (for {field}) is not in the header of {file.FileName} (line {mapping.HeaderRow})" + Suggest.Hint(column, columns)));
        }

        return missing ? null : mapping.ColumnByField.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static RuleError Problem(SourceFile file, SourceMapping? mapping, string message) =>
        mapping is null ? new RuleError(file.FileName, 1, 1, message) : new RuleError(mapping.FileName, 1, 1, $"{file.FileName}: {message}");
}
