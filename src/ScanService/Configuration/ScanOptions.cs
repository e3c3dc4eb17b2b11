namespace ScanService.Host.Configuration;

/// <summary>
/// The <c>Scan</c> section of appsettings.json. Relative paths resolve against the current directory, so
/// <c>scan run</c> from the repository root uses the bundled samples and rules.
/// </summary>
public sealed class ScanOptions
{
    public const string Section = "Scan";

    public static readonly string[] Providers = ["sqlite"];

    public string ExportsDirectory { get; set; } = "samples/exports";

    public string RulesDirectory { get; set; } = "scan-rules";

    public string Provider { get; set; } = "sqlite";

    public string Database { get; set; } = "Data Source=data/scan.db";

    public string QuarantineDirectory { get; set; } = "data/quarantine";

    /// <summary>The unit's own time zone: "tonight" and the default run date are in it, not in UTC.</summary>
    public string TimeZone { get; set; } = "Europe/London";

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
    }
}
