using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ScanService.Digest;
using ScanService.Digest.Delivery;
using ScanService.Host.Configuration;
using ScanService.Ingest.Acquire;
using ScanService.Pipeline;
using ScanService.Resilience;
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

    /// <param name="overrides">Command-line options applied over configuration.</param>
    /// <param name="moreChecks">A command's own settings (e.g. <c>Schedule</c> for serve), checked with the rest so one message lists every problem.</param>
    public static ScanHost Create(
        Action<ScanOptions, DigestOptions>? overrides = null, Func<IConfiguration, ScanOptions, IEnumerable<string>>? moreChecks = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            // Absolute: a relative path would resolve against the executable's folder, not the current directory.
            .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("SCAN_")
            .Build();
        var scan = configuration.GetSection(ScanOptions.Section).Get<ScanOptions>() ?? new ScanOptions();
        var digest = configuration.GetSection(DigestOptions.SectionName).Get<DigestOptions>() ?? new DigestOptions();
        overrides?.Invoke(scan, digest);

        var problems = scan.Validate().Concat(digest.Validate()).Concat(moreChecks?.Invoke(configuration, scan) ?? []).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(problems);
        }

        return new ScanHost(configuration, scan, digest, Logging.Create(configuration));
    }

    /// <summary>The store as configured: it migrates on start unless <c>Scan:MigrateOnStart</c> is false.</summary>
    public IScanStore CreateStore() => ScanStoreFactory.Create(Scan.Provider, Scan.Database, Scan.MigrateOnStart, DatabaseRetry());

    /// <summary>Every connection the store opens goes through this (Scan:DatabaseRetry), each failed attempt logged.</summary>
    private Polly.ResiliencePipeline DatabaseRetry() =>
        RetryPipelines.Create(Scan.DatabaseRetry, "database connection", ScanStoreFactory.IsTransient, Loggers.CreateLogger("ScanService.Database"), Clock);

    /// <summary>Where mail goes: the outbox folder (default) or the SMTP relay (Digest:Delivery = smtp).</summary>
    public IMailTransport CreateMailTransport() => Digest.SendsBySmtp
        ? new SmtpRelay(Digest.Smtp, Loggers.CreateLogger("ScanService.Smtp"), Clock)
        : new PickupFolder(Digest.OutboxDirectory);

    /// <summary>A store that always applies schema scripts: for <c>scan db migrate</c>.</summary>
    /// <summary>The configured store, migrated (or checked, when migration on start is off) and ready to use.</summary>
    public async Task<IScanStore> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var store = CreateStore();
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    public IScanStore CreateMigratingStore() => ScanStoreFactory.Create(Scan.Provider, Scan.Database, migrateOnStart: true, DatabaseRetry());

    /// <summary>Whoever runs this process: the service account at night, the analyst or operator at a prompt.</summary>
    public static string CurrentUser => Environment.UserName;

    public NightlyScan CreateNightlyScan()
    {
        var store = CreateStore();
        var transport = CreateMailTransport();
        var publisher = new AuditedDigestPublisher(new RoutedDigestPublisher(Digest, transport), store, Digest, Clock, CurrentUser);
        return new NightlyScan(store, publisher, Clock, Loggers.CreateLogger<NightlyScan>(),
            new FailureNoticeMailer(Digest, transport), new ExportAcquirer(Scan.Acquisition, Clock, Loggers.CreateLogger<ExportAcquirer>(), new SqlQueryExporter(DatabaseRetry())));
    }

    /// <summary>The unit's time zone.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(Scan.TimeZone);

    /// <summary>Tonight's date in the unit's time zone.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The instant a day begins in the unit's time zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public void Dispose() => Loggers.Dispose();
}
