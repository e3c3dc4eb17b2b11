using ScanService.Ingest.Acquire;
using ScanService.Resilience;

namespace ScanService.Host.Configuration;

/// <summary>
/// The <c>Scan</c> section of appsettings.json. Relative paths resolve against the current directory, so
/// <c>scan run</c> from the repository root uses the bundled samples and rules.
/// </summary>
public sealed class ScanOptions
{
    public const string Section = "Scan";

    public static readonly string[] Providers = [.. Storage.ScanStoreFactory.SupportedProviders];

    public string ExportsDirectory { get; set; } = "samples/exports";

    public string RulesDirectory { get; set; } = "scan-rules";

    public string Provider { get; set; } = "sqlite";

    public string Database { get; set; } = "Data Source=data/scan.db";

    public string QuarantineDirectory { get; set; } = "data/quarantine";

    /// <summary>The unit's own time zone: "tonight" and the default run date are in it, not in UTC.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>
    /// Apply schema scripts at start. False where the service account may not change the schema (least privilege):
    /// the service then only checks the schema is current, and an operator runs <c>scan db migrate</c>.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    public RetentionOptions Retention { get; set; } = new();

    /// <summary>Where each night's exports come from; none configured: <see cref="ExportsDirectory"/> read in place.</summary>
    public AcquisitionOptions Acquisition { get; set; } = new();

    /// <summary>
    /// Retries of opening a database connection (a server restarting for patching). Short by default so that a
    /// database that is really down fails the night within seconds and operators are told.
    /// </summary>
    public RetryOptions DatabaseRetry { get; set; } = new() { MaxAttempts = 4, BaseDelaySeconds = 1, MaxDelaySeconds = 30, AttemptTimeoutSeconds = 60 };

    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(ExportsDirectory))
        {
            yield return "Scan:ExportsDirectory is empty";
        }

        if (string.IsNullOrWhiteSpace(RulesDirectory))
        {
            yield return "Scan:RulesDirectory is empty";
        }

        if (!Providers.Contains(Provider))
        {
            yield return $"Scan:Provider '{Provider}' is not supported (supported: {string.Join(", ", Providers)})";
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            yield return "Scan:Database (the connection string) is empty";
        }

        if (string.IsNullOrWhiteSpace(QuarantineDirectory))
        {
            yield return "Scan:QuarantineDirectory is empty";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"Scan:TimeZone '{TimeZone}' is not a known time zone";
        }

        foreach (var problem in (Acquisition ?? new AcquisitionOptions()).Validate())
        {
            yield return problem;
        }

        foreach (var problem in (DatabaseRetry ?? new RetryOptions()).Validate("Scan:DatabaseRetry"))
        {
            yield return problem;
        }

        if (Retention is null || Retention.KeepAuditDays < 1)
        {
            yield return "Scan:Retention:KeepAuditDays must be at least 1 (audit entries are kept this many days by 'scan db purge')";
        }

        if (Retention is not null && (Retention.HistoryDays < RetentionOptions.MinHistoryDays || Retention.HistoryDays > RetentionOptions.MaxHistoryDays))
        {
            yield return $"Scan:Retention:HistoryDays must be from {RetentionOptions.MinHistoryDays} to {RetentionOptions.MaxHistoryDays} " +
                "(the record history that pattern and compliance rules look back on; it must cover the longest pattern window)";
        }
    }
}

/// <summary>The <c>Scan:Retention</c> section: what <c>scan db purge</c> keeps.</summary>
public sealed class RetentionOptions
{
    /// <summary>
    /// Six years by default: the audit log shows who was sent which personal data, and is needed for longer than
    /// the data itself. Purging runs never shortens this.
    /// </summary>
    public int KeepAuditDays { get; set; } = 2190;

    /// <summary>A pattern rule's window may be up to a year (RuleFileReader.MaxWindowDays) and must fit in what is kept.</summary>
    public const int MinHistoryDays = 31;

    public const int MaxHistoryDays = 731;

    /// <summary>
    /// Days of minimised record history (keys and references, see record_history) kept for pattern and compliance
    /// rules; older nights are deleted by each run and by 'scan db purge'. 90 days covers a 30-day pattern window
    /// and a referral's follow-up with room for late partners.
    /// </summary>
    public int HistoryDays { get; set; } = 90;
}
