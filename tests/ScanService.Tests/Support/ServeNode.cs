using System.Collections.Concurrent;
using System.Diagnostics;

namespace ScanService.Tests.Support;

/// <summary>
/// One real <c>scan serve</c> process of the built host (the <c>scan.dll</c> beside the tests), with its own working
/// folder and environment; every line it writes is kept, to be polled. Killed on dispose if still running.
/// </summary>
internal sealed class ServeNode : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServeNode(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Log => string.Join(Environment.NewLine, _lines);

    public static ServeNode Start(string name, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scan.dll"));
        start.ArgumentList.Add("serve");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var node = new ServeNode(name, process);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Polls this node's output until a line matches; fails with the whole log after the timeout.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, string what)
    {
        string? found = null;
        await Eventually.TrueAsync(() => Task.FromResult((found = _lines.FirstOrDefault(match)) is not null), timeout, () => $"{Name}: {what}\n{Log}");
        return found!;
    }

    /// <summary>As if the machine died: no shutdown, no chance to tell the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>As systemd stops a service: SIGTERM, then wait for a clean exit.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
