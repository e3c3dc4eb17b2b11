using ScanService.Notify;

namespace ScanService.Digest.Delivery;

/// <summary>
/// Cuts the night's digest per team: a team sees only alerts on investigations it owns (the <c>team</c> column of
/// investigations.csv), so personal details reach only those working the case.
/// </summary>
internal static class TeamDigests
{
    public static DigestInput For(DigestInput night, string team)
    {
        var owned = night.Investigations
            .Where(i => string.Equals(i.Value.Team.Trim(), team.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
        var alerts = night.Alerts.Where(a => owned.ContainsKey(a.Alert.InvestigationRef)).ToList();
        return night with { Alerts = alerts, Investigations = owned };
    }

    /// <summary>A file-name-safe form of a team name, for transports that keep one file per message.</summary>
    public static string FileSafe(string team) =>
        new(team.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
