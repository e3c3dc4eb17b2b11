namespace ScanService.Match.Comparators;

/// <summary>
/// The level one field reached for a record/subject pair, with a masked detail for the explanation
/// (e.g. the last digits of the phone that agreed). Never carries a full personal value.
/// </summary>
public readonly record struct ComparisonOutcome(string Level, string? Detail = null);
