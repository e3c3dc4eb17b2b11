namespace ScanService.Evaluation;

/// <summary>
/// One row of a truth file: a link that a correct run must produce. Several rows may name one pair (one per
/// kind of link, or per subject); the evaluation counts the pair once.
/// </summary>
/// <param name="Line">Physical line in the truth file (1 = header), for messages.</param>
public sealed record TruthRow(LinkPair Pair, string Kind, string? SubjectRef, int Line);
