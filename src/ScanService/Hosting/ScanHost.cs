using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ScanService.Digest;
using ScanService.Host.Configuration;
using ScanService.Pipeline;
using ScanService.Storage;
using ScanService.Store;

namespace ScanService.Host.Hosting;

/// <summary>
/// The wiring, in one place: configuration (appsettings.json, then SCAN_-prefixed environment variables, then
/// command-line options), validated once at start with every problem listed.
/// </summary>
internal sealed class ScanHost : IDisposable
{
    private ScanHost(IConfiguration configuration, ScanOptions scan, DigestOptions digest, ILoggerFactory loggers)
    {
        Configuration = configuration;
        Scan = scan;
        Digest = digest;
        Loggers = loggers;
    }

    public IConfiguration Configuration { get; }

    public ScanOptions Scan { get; }

    public DigestOptions Digest { get; }

    public ILoggerFactory Loggers { get; }

    public TimeProvider Clock { get; } = TimeProvider.System;

    public static ScanHost Create(Action<ScanOptions, DigestOptions>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("SCAN_")
            .Build();
        var scan = configuration.GetSection(ScanOptions.Section).Get<ScanOptions>() ?? new ScanOptions();
        var digest = configuration.GetSection(DigestOptions.SectionName).Get<DigestOptions>() ?? new DigestOptions();
        overrides?.Invoke(scan, digest);

        var problems = scan.Validate().Concat(digest.Validate()).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(problems);
        }

        return new ScanHost(configuration, scan, digest, Logging.Create(configuration));
    }

    public IScanStore CreateStore() => ScanStoreFactory.Create(Scan.Provider, Scan.Database);

    public NightlyScan CreateNightlyScan() =>
        new(CreateStore(), new PickupFolderDigestPublisher(Digest), Clock, Loggers.CreateLogger<NightlyScan>());

    /// <summary>Tonight's date in the unit's time zone.</summary>
    public DateOnly Today()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Scan.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), zone).DateTime);
    }

    public void Dispose() => Loggers.Dispose();
}
