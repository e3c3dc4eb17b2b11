namespace ScanService.Model;

/// <summary>
/// A partner record linked to a subject of an open investigation by one rule. Identity is
/// (Source, RecordId, InvestigationRef, SubjectRef, RuleId). Only masked personal details are carried:
/// this object goes to the database, the digest and logs.
/// </summary>
public sealed record LinkAlert
{
    public required string Source { get; init; }

    public required string RecordId { get; init; }

    public required string InvestigationRef { get; init; }

    public required string SubjectRef { get; init; }

    public required string RuleId { get; init; }

    /// <summary>The rule's <c>version</c> when it raised the alert: a rule changed after an alert must not seem to have raised it.</summary>
    public int RuleVersion { get; init; } = 1;

    /// <summary>Sum of the rule's comparison weights; at or above the rule's threshold.</summary>
    public required double Score { get; init; }

    /// <summary>The fields that agreed, e.g. <c>name+date_of_birth</c> or <c>phone</c>.</summary>
    public required string MatchedOn { get; init; }

    /// <summary>Each comparison's level and weight, e.g. <c>name: +6.0 (exact) · date_of_birth: +5.0 (exact) · total 11.0 ≥ 9.0</c>.</summary>
    public required string Explanation { get; init; }

    /// <summary>The partner record as the digest may show it: initials, birth year, last digits of a phone.</summary>
    public required string RecordMasked { get; init; }
}
