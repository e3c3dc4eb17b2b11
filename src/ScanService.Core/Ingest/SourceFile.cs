namespace ScanService.Ingest;

/// <summary>A partner export found in the exports folder; the source is named after the file.</summary>
public sealed record SourceFile(string Source, string Path)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
