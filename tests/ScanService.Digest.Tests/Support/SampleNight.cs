using ScanService.Model;
using ScanService.Notify;

namespace ScanService.Digest.Tests.Support;

/// <summary>
/// A realistic night, fixed for the approved snapshots: two teams, three investigations, six new links (two
/// tied on score), three repeats, one source that failed and one with rejected rows. Synthetic and masked;
/// phone endings come from Ofcom's drama range. Alerts are deliberately out of order.
/// </summary>
internal static class SampleNight
{
    public const string KestrelRecordMasked = "N.V.M. b.1990 · phone …123 · M8 …";

    public static DigestInput Create() =>
        new DigestInputBuilder()
            .Run(42, new DateOnly(2025, 3, 14))
            .Rule("name-dob", "Same name and date of birth", "high")
            .Rule("phone-shared", "Phone number shared with a subject", "medium")
            .Rule("premises", "Same premises (flat and building)", "medium")
            .Rule("name-fuzzy-birth-year", "Similar name and same year of birth", "low")
            .Investigation("INV-2025-0047", "Labour Exploitation", "Op HERON", "DS J. Kowalski")
            .Investigation("INV-2025-0031", "Exploitation North", "Op MAGPIE", "DC L. Okafor")
            .Investigation("INV-2025-0012", "Exploitation North", "Op KESTREL", "DS R. Ahmed")
            .ReadSource("nrm-referrals", read: 148, fieldIssues: 3)
            .ReadSource("la-safeguarding", read: 96, rejected: 7, fieldIssues: 12)
            .FailedSource("helpline-reports", "Unknown layout: no record_id column and no mapping file helpline-reports.yaml.")
            .ReadSource("labour-inspections", read: 41)
            .NewLink("INV-2025-0047", "labour-inspections", "LI-2025-0117", 9.0, "S-0047-02", "premises", "address",
                "M.P. b.1979 · B9 …", "address: +9.0 (same flat and building) · total 9.0 ≥ 8.0")
            .NewLink("INV-2025-0012", "la-safeguarding", "LAS-88230", 8.0, "S-0012-02", "premises", "address",
                "T.H.N. b.1998 · M8 …", "address: +8.0 (same building) · total 8.0 ≥ 8.0")
            .RepeatLink("INV-2025-0012", "nrm-referrals", "NRM-2025-00381", subjectRef: "S-0012-01")
            .NewLink("INV-2025-0012", "nrm-referrals", "NRM-2025-00412", 11.0, "S-0012-01", "name-dob", "name+date_of_birth",
                KestrelRecordMasked, "name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0")
            .NewLink("INV-2025-0031", "nrm-referrals", "NRM-2025-00398", 7.5, "S-0031-04", "name-fuzzy-birth-year", "name+date_of_birth",
                "A.M. b.1987 · phone …456 · OL1 …", "name: +4.5 (jaro-winkler 0.94) · date_of_birth: +3.0 (year) · total 7.5 ≥ 7.0")
            .RepeatLink("INV-2025-0047", "labour-inspections", "LI-2025-0088", subjectRef: "S-0047-01")
            .NewLink("INV-2025-0012", "la-safeguarding", "LAS-88217", 8.0, "S-0012-01", "phone-shared", "phone",
                "T.H.N. b.1998 · phone …123 · M8 …", "phone: +8.0 (exact) · total 8.0 ≥ 7.0")
            .NewLink("INV-2025-0047", "labour-inspections", "LI-2025-0121", 12.5, "S-0047-02", "name-dob", "name+date_of_birth+phone",
                "M.P. b.1979 · phone …789 · B9 …", "name: +6.0 (exact) · date_of_birth: +5.0 (exact) · phone: +1.5 (partial) · total 12.5 ≥ 9.0")
            .RepeatLink("INV-2025-0012", "la-safeguarding", "LAS-87990", subjectRef: "S-0012-02")
            .Rule("crowded-address", "Five or more people at one address within 30 days", "medium")
            .Rule("nrm-without-crime", "NRM referral not recorded as a crime within 24 hours", "high")
            .Build() with { Findings = ShownFindings.FirstOf(Findings(), int.MaxValue) };

    private static readonly DateOnly Night = new(2025, 3, 14);

    /// <summary>One new pattern, one compliance alert still open from the night before, one closed tonight.</summary>
    private static NightFindings Findings() => new(
        Patterns:
        [
            new StoredPatternAlert(7, Night, new PatternAlert("crowded-address", 1, "9f1c", "postcode M8 …",
                ["la-safeguarding/LAS-88230", "labour-inspections/LI-2025-0117", "nrm-referrals/NRM-2025-00398", "nrm-referrals/NRM-2025-00412", "nrm-referrals/NRM-2025-00415"],
                5, "5 distinct people in 5 records from 3 sources gave one postcode M8 … between 2025-02-20 and 2025-03-13"), Night, AlertStatus.New),
        ],
        Compliance:
        [
            new StoredComplianceAlert(12, Night, new ComplianceAlert("nrm-without-crime", 1, "nrm-referrals", "NRM-2025-00381", Night.AddDays(-2),
                "nrm-referrals record NRM-2025-00381 dated 2025-03-11 has no crime-records record quoting it in 'nrm_reference'; due within 24 hours, by 2025-03-12"),
                Night.AddDays(-1), AlertStatus.Repeat),
        ],
        ClosedPatterns: [],
        ClosedCompliance:
        [
            new StoredComplianceAlert(9, Night.AddDays(-1), new ComplianceAlert("nrm-without-crime", 1, "nrm-referrals", "NRM-2025-00360", Night.AddDays(-2),
                "nrm-referrals record NRM-2025-00360 dated 2025-03-11 has no crime-records record quoting it in 'nrm_reference'; due within 24 hours, by 2025-03-12"),
                Night.AddDays(-1), AlertStatus.New),
        ]);
}
