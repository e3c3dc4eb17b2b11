using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace ScanService.Host.Hosting;

/// <summary>
/// Serilog to the console (standard error, so the run summary on standard output stays clean) and to a daily
/// rolling file. Messages are written to carry references and counts only, never personal details.
/// </summary>
internal static class Logging
{
    public static ILoggerFactory Create(IConfiguration configuration)
    {
        var section = configuration.GetSection("Logging:Serilog");
        var level = Enum.TryParse<LogEventLevel>(section["MinimumLevel"], ignoreCase: true, out var parsed) ? parsed : LogEventLevel.Information;
        var directory = section["Directory"] is { Length: > 0 } dir ? dir : "logs";
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .Enrich.FromLogContext()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(directory, "scan-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                outputTemplate: "{Timestamp:O} [{Level:u3}] {SourceContext} {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        return new SerilogLoggerFactory(logger, dispose: true);
    }
}
