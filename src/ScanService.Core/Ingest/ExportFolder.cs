namespace ScanService.Ingest;

/// <summary>
/// The night's exports folder: every <c>*.csv</c> is a partner source named after its file, except the two
/// files that describe the open investigations.
/// </summary>
public sealed class ExportFolder
{
    public const string InvestigationsFile = "investigations.csv";
    public const string SubjectsFile = "subjects.csv";

    public ExportFolder(string directory) => Directory = directory;

    public string Directory { get; }

    public string InvestigationsPath => Path.Combine(Directory, InvestigationsFile);

    public string SubjectsPath => Path.Combine(Directory, SubjectsFile);

    /// <summary>Partner sources in a stable order (by name), so runs are reproducible.</summary>
    public IReadOnlyList<SourceFile> FindSources()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new DirectoryNotFoundException($"exports folder '{Directory}' does not exist");
        }

        return System.IO.Directory.EnumerateFiles(Directory, "*.csv", SearchOption.TopDirectoryOnly)
            .Where(path => !IsInvestigationFile(Path.GetFileName(path)))
            .Select(path => new SourceFile(Path.GetFileNameWithoutExtension(path), path))
            .OrderBy(file => file.Source, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsInvestigationFile(string fileName) =>
        string.Equals(fileName, InvestigationsFile, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(fileName, SubjectsFile, StringComparison.OrdinalIgnoreCase);
}
