namespace ScanService.Ingest.Acquire;

/// <summary>
/// Where each night's exports come from (<c>Scan:Acquisition</c>). With no sources configured the exports
/// folder is read in place, as it always was; with sources, each night's files are copied into a per-run
/// workspace, checksummed, and the workspace is archived after the run.
/// </summary>
public sealed class AcquisitionOptions
{
    public const string Section = "Scan:Acquisition";

    public List<ExportSourceOptions> Sources { get; set; } = [];

    /// <summary>Per-run copies of the night's files: <c>&lt;dir&gt;/&lt;date&gt;-run&lt;id&gt;/</c>.</summary>
    public string WorkspaceDirectory { get; set; } = "data/workspace";

    /// <summary>Where a run's workspace is moved when the run completed; never deleted by the service.</summary>
    public string ArchiveDirectory { get; set; } = "data/archive";

    /// <summary>How long after the start of a run to keep waiting for an expected source that is not there.</summary>
    public double WaitForExpectedMinutes { get; set; } = 60;

    public double CheckEverySeconds { get; set; } = 60;

    /// <summary>A file whose size or last-write time changes within this interval is still being written.</summary>
    public double SettleSeconds { get; set; } = 5;

    public bool CopiesToWorkspace => Sources.Count > 0;

    public IEnumerable<string> Validate()
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            foreach (var problem in Sources[i].Validate($"{Section}:Sources:{i}"))
            {
                yield return problem;
            }
        }

        foreach (var duplicate in Sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"{Section}:Sources: the source name '{duplicate.Key}' is used {duplicate.Count()} times";
        }

        if (CopiesToWorkspace && string.IsNullOrWhiteSpace(WorkspaceDirectory))
        {
            yield return $"{Section}:WorkspaceDirectory is empty";
        }

        if (CopiesToWorkspace && string.IsNullOrWhiteSpace(ArchiveDirectory))
        {
            yield return $"{Section}:ArchiveDirectory is empty";
        }

        if (WaitForExpectedMinutes is < 0 or > 24 * 60)
        {
            yield return $"{Section}:WaitForExpectedMinutes must be between 0 and 1440 (was {WaitForExpectedMinutes})";
        }

        if (CheckEverySeconds <= 0)
        {
            yield return $"{Section}:CheckEverySeconds must be more than 0 (was {CheckEverySeconds})";
        }

        if (SettleSeconds < 0)
        {
            yield return $"{Section}:SettleSeconds must not be negative (was {SettleSeconds})";
        }
    }
}

/// <summary>
/// One partner source: a drop folder (or network share) and the night's file name in it, or a SQL query against a
/// reporting database whose rows become the night's export.
/// </summary>
public sealed class ExportSourceOptions
{
    /// <summary>The source name (as in the digest and the alerts); the file is read as <c>&lt;Name&gt;.csv</c>.</summary>
    public string Name { get; set; } = "";

    public string Folder { get; set; } = "";

    /// <summary>The file name, with the night's date as <c>{date:yyyyMMdd}</c> (any .NET date format), e.g. <c>nrm-referrals-{date:yyyyMMdd}.csv</c>.</summary>
    public string FilePattern { get; set; } = "";

    /// <summary>
    /// A query (standard columns as in DESIGN.md §2, named by alias) run with <c>@date</c> bound to the night;
    /// instead of <see cref="Folder"/>. Its rows are written as the source's CSV in the run workspace.
    /// </summary>
    public string Query { get; set; } = "";

    /// <summary>The query's database: <c>sqlite</c>, <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>Its connection string (never logged or recorded); put passwords in the environment.</summary>
    public string Connection { get; set; } = "";

    public bool IsQuery => !string.IsNullOrWhiteSpace(Query);

    /// <summary>An expected source that is missing is waited for, then reported missing in the digest and run record.</summary>
    public bool Expected { get; set; }

    public IEnumerable<string> Validate(string setting)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            yield return $"{setting}:Name '{Name}' must be a non-empty name usable as a file name";
        }

        if (IsQuery)
        {
            if (!string.IsNullOrWhiteSpace(Folder))
            {
                yield return $"{setting}: give either Folder (a drop folder) or Query (a database), not both";
            }

            if (Provider is not ("sqlite" or "postgres" or "sqlserver"))
            {
                yield return $"{setting}:Provider '{Provider}' must be sqlite, postgres or sqlserver for a query source";
            }

            if (string.IsNullOrWhiteSpace(Connection))
            {
                yield return $"{setting}:Connection (the query's connection string) is empty";
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(Folder))
        {
            yield return $"{setting}:Folder is empty (the drop folder or share the export arrives in)";
        }

        if (string.IsNullOrWhiteSpace(FilePattern))
        {
            yield return $"{setting}:FilePattern is empty (e.g. {Name}-{{date:yyyyMMdd}}.csv)";
        }
        else if (FileNamePattern.Problem(FilePattern) is { } problem)
        {
            yield return $"{setting}:FilePattern '{FilePattern}': {problem}";
        }
    }
}
