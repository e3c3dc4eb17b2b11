namespace ScanService.Match;

/// <summary>
/// The matching work of one night: the (record, subject, rule) pairs that blocking offered, and those of them
/// the score ceiling could not rule out and were scored in full. The figures that say whether blocking holds.
/// </summary>
public readonly record struct MatchCounts(long CandidatePairs, long ScoredPairs);
