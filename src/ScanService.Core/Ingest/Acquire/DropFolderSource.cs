namespace ScanService.Ingest.Acquire;

/// <summary>Where one configured source's file for a night is, and whether it is there and finished.</summary>
internal sealed class DropFolderSource(ExportSourceOptions options, DateOnly night)
{
    public ExportSourceOptions Options { get; } = options;

    public string Path { get; } = System.IO.Path.Combine(options.Folder, FileNamePattern.Resolve(options.FilePattern, night));

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>
    /// Present and not being written: size and last-write time are the same before and after
    /// <paramref name="settle"/>. A partner's copy still in progress is left for the next check.
    /// </summary>
    public async Task<bool> IsReadyAsync(TimeSpan settle, TimeProvider clock, CancellationToken cancellationToken)
    {
        var before = Snapshot();
        if (before is null)
        {
            return false;
        }

        if (settle > TimeSpan.Zero)
        {
            await Task.Delay(settle, clock, cancellationToken);
        }

        return Snapshot() == before;
    }

    public bool Exists => File.Exists(Path);

    private (long Length, DateTime Written)? Snapshot()
    {
        var file = new FileInfo(Path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }
}
