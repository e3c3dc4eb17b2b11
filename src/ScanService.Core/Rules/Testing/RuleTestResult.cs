namespace ScanService.Rules.Testing;

/// <summary>
/// The outcome of one case. A failure carries the difference between what was expected and what the rules did,
/// with the score and its explanation, so the author can see which weight or level to change.
/// </summary>
public sealed record RuleTestResult(RuleTestCase Case, IReadOnlyList<string> Differences, IReadOnlyList<string> Notes)
{
    public bool Passed => Differences.Count == 0;
}
