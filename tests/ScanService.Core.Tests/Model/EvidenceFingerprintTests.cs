using ScanService.Model;

namespace ScanService.Core.Tests.Model;

public class EvidenceFingerprintTests
{
    private const string Explanation = "name: +6.0 (exact) · date_of_birth: +3.5 (transposed) · total 9.5 ≥ 9.0";

    [Test]
    public void The_same_rule_fields_and_levels_give_the_same_fingerprint_whatever_the_weights()
    {
        var reweighted = "name: +7.0 (exact) · date_of_birth: +4.0 (transposed) · total 11.0 ≥ 10.0";

        EvidenceFingerprint.Of("same-person", "name+date_of_birth", reweighted)
            .ShouldBe(EvidenceFingerprint.Of("same-person", "name+date_of_birth", Explanation));
    }

    [Test]
    public void Details_holding_digits_do_not_change_it()
    {
        EvidenceFingerprint.Of("same-phone", "phone", "phone: +8.0 (exact …123) · total 8.0 ≥ 7.0")
            .ShouldBe(EvidenceFingerprint.Of("same-phone", "phone", "phone: +8.0 (exact …987) · total 8.0 ≥ 7.0"));
    }

    [TestCase("same-person", "name+date_of_birth+phone", Explanation, TestName = "A field that newly agrees is new evidence")]
    [TestCase("same-person", "name+date_of_birth", "name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0", TestName = "A stronger level is new evidence")]
    [TestCase("other-rule", "name+date_of_birth", Explanation, TestName = "Another rule is other evidence")]
    public void Changed_evidence_changes_it(string ruleId, string matchedOn, string explanation)
    {
        EvidenceFingerprint.Of(ruleId, matchedOn, explanation)
            .ShouldNotBe(EvidenceFingerprint.Of("same-person", "name+date_of_birth", Explanation));
    }

    [Test]
    public void It_is_32_lower_case_hex_characters_and_tolerates_missing_parts()
    {
        var fingerprint = EvidenceFingerprint.Of(null, null, null);

        fingerprint.Length.ShouldBe(32);
        fingerprint.ShouldAllBe(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
    }

    [Test]
    public void An_alert_is_fingerprinted_by_its_rule_matched_fields_and_explanation()
    {
        var alert = new LinkAlert
        {
            Source = "nrm-referrals", RecordId = "R1", InvestigationRef = "INV-1", SubjectRef = "S-1", RuleId = "same-person",
            Score = 9.5, MatchedOn = "name+date_of_birth", Explanation = Explanation, RecordMasked = "A.B. b.1990",
        };

        EvidenceFingerprint.Of(alert).ShouldBe(EvidenceFingerprint.Of("same-person", "name+date_of_birth", Explanation));
        EvidenceFingerprint.Of(alert with { RecordId = "R2", Score = 12 }).ShouldBe(EvidenceFingerprint.Of(alert));
    }
}
