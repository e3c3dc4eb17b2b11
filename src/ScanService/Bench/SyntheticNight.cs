using System.Globalization;
using ScanService.Model;

namespace ScanService.Host.Bench;

/// <summary>
/// Synthetic link alerts shaped like a real night's (lengths of references, explanations and masked records), for
/// the store benchmark only. Deterministic, so that two runs write the same links and the second night repeats them.
/// </summary>
internal static class SyntheticNight
{
    private static readonly string[] Sources =
        ["nrm-referrals", "la-safeguarding", "labour-inspections", "benefit-claims", "helpline-reports", "police-intelligence"];

    private static readonly (string Rule, string MatchedOn, string Explanation)[] Rules =
    [
        ("same-person", "name+date_of_birth", "name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0"),
        ("same-person", "name+date_of_birth", "name: +4.5 (fuzzy) · date_of_birth: +5.0 (exact) · total 9.5 ≥ 9.0"),
        ("same-phone", "phone", "phone: +8.0 (exact …123) · total 8.0 ≥ 7.0"),
        ("same-premises", "address", "address: +9.0 (same flat postcode M8 …) · total 9.0 ≥ 8.0"),
    ];

    /// <summary>
    /// In the order the match hands a night to the store: by investigation, subject, source, record and rule (see
    /// <see cref="LinkAlertOrder"/>), so that the store is timed on the input it gets.
    /// </summary>
    public static LinkAlert[] Alerts(int count)
    {
        var alerts = Enumerable.Range(0, count).Select(Alert).ToArray();
        Array.Sort(alerts, LinkAlertOrder.Compare);
        return alerts;
    }

    /// <summary>
    /// Partners' record ids arrive in no particular order (as in a real export), so that the benchmark pays for
    /// inserting into the link and history indexes out of order as a real night does. A bijection: no two collide.
    /// </summary>
    public static string RecordIdOf(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"BENCH-{unchecked((uint)i * 2_654_435_761u):x8}");

    private static LinkAlert Alert(int i)
    {
        var (rule, matchedOn, explanation) = Rules[i % Rules.Length];
        return new LinkAlert
        {
            Source = Sources[i % Sources.Length],
            RecordId = RecordIdOf(i),
            InvestigationRef = string.Create(CultureInfo.InvariantCulture, $"INV-2026-{i % 250:0000}"),
            SubjectRef = string.Create(CultureInfo.InvariantCulture, $"S-{i % 250:0000}-{i % 7:00}"),
            RuleId = rule,
            Score = 9 + (i % 40) / 10.0,
            MatchedOn = matchedOn,
            Explanation = explanation,
            RecordMasked = string.Create(CultureInfo.InvariantCulture, $"N.V.M. b.{1960 + i % 45} · phone …{i % 1000:000} · M8 …"),
        };
    }
}
