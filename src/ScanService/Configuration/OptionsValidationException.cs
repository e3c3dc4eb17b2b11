namespace ScanService.Host.Configuration;

/// <summary>Configuration is wrong; the message lists every problem at once so one edit can fix them all.</summary>
public sealed class OptionsValidationException(IReadOnlyList<string> problems)
    : Exception("The configuration has " + problems.Count + " problem(s):" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
