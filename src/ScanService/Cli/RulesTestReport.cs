using ScanService.Rules.Testing;

namespace ScanService.Host.Cli;

/// <summary>Prints rule test results, grouped by file: one line per passing case, the difference under a failing one.</summary>
internal static class RulesTestReport
{
    public static void Write(TextWriter output, IReadOnlyList<RuleTestResult> results)
    {
        foreach (var file in results.GroupBy(r => r.Case.FileName))
        {
            output.WriteLine(file.Key);
            foreach (var result in file)
            {
                if (result.Passed)
                {
                    output.WriteLine($"  pass  {result.Case.Name}");
                    continue;
                }

                output.WriteLine($"  FAIL  {result.Case.Name}  ({result.Case.Location})");
                foreach (var difference in result.Differences)
                {
                    output.WriteLine("        " + difference);
                }

                if (result.Case.Why is { } why)
                {
                    output.WriteLine("        why this case: " + why);
                }

                foreach (var note in result.Notes)
                {
                    output.WriteLine("        note: " + note);
                }
            }
        }
    }
}
