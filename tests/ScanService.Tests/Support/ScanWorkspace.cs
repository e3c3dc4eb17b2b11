using ScanService.Testing;
using System.CommandLine;
using ScanService.Host.Cli;

namespace ScanService.Tests.Support;

/// <summary>
/// A private working folder for one test: its own database, outbox, quarantine and logs. The real command line
/// is invoked in-process with the folder as the current directory, so defaults that are relative paths land here.
/// </summary>
internal sealed class ScanWorkspace : IDisposable
{
    private readonly string _previousDirectory = Environment.CurrentDirectory;

    /// <param name="provider">The database provider the commands are given; SQLite in the workspace by default.</param>
    /// <param name="database">Its connection string (default: an SQLite file under the workspace).</param>
    public ScanWorkspace(string provider = "sqlite", string? database = null)
    {
        Directory.CreateDirectory(Root);
        Environment.CurrentDirectory = Root;
        Provider = provider;
        Database = database ?? $"Data Source={System.IO.Path.Combine(Root, "data", "scan.db")}";
    }

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scan-e2e-" + Guid.NewGuid().ToString("N"));

    public string Provider { get; }

    public string Database { get; }

    public string Outbox => System.IO.Path.Combine(Root, "outbox");

    public string QuarantineFolder => System.IO.Path.Combine(Root, "data", "quarantine");

    public string[] Digests => Directory.Exists(Outbox) ? Directory.GetFiles(Outbox, "*.eml") : [];

    /// <summary>A copy of the bundled exports that a test may change.</summary>
    public string CopyOfSampleExports()
    {
        var target = System.IO.Path.Combine(Root, "exports");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Repository.SampleExports))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public Task<CliResult> RunAsync(string date, string? exports = null, string? rules = null, params string[] extra) =>
        InvokeAsync(["run", "--date", date, "--exports", exports ?? Repository.SampleExports, "--rules", rules ?? Repository.Rules,
            "--database", Database, "--provider", Provider, "--outbox", Outbox, .. extra]);

    public Task<CliResult> ExportAsync(params string[] extra) =>
        InvokeAsync(["alerts", "export", "--database", Database, "--provider", Provider, .. extra]);

    /// <summary>Any command, against this workspace's database: e.g. <c>CommandAsync("audit", "--since", "2026-01-01")</c>.</summary>
    public Task<CliResult> CommandAsync(params string[] args) =>
        InvokeAsync([.. args, "--database", Database, "--provider", Provider]);

    public static async Task<CliResult> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ScanCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Every log file the runs in this workspace wrote (read while the logger may still hold them).</summary>
    public string LogText()
    {
        var folder = System.IO.Path.Combine(Root, "logs");
        return Directory.Exists(folder)
            ? string.Join('\n', Directory.GetFiles(folder).Select(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return new StreamReader(stream).ReadToEnd();
            }))
            : "";
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _previousDirectory;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held by the logger of the last run; the temp folder is cleaned by the OS.
        }
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
