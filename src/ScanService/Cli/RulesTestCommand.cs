using System.CommandLine;
using ScanService.Rules;
using ScanService.Rules.Testing;

namespace ScanService.Host.Cli;

/// <summary>
/// <c>scan rules test [DIR]</c>: runs the cases in <c>DIR/tests/*.yaml</c> through the real normalisers and matching
/// and reports each as pass or FAIL with the difference. Exit 0 when every case passes, 1 otherwise.
/// </summary>
internal static class RulesTestCommand
{
    public static Command Create()
    {
        var directory = RulesCommand.DirectoryArgument();
        var command = new Command("test", "Run the rule test cases (tests/*.yaml beside the rules) and report each as pass or FAIL with the difference.")
        {
            directory,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var rulesDirectory = RulesCommand.ResolveDirectory(parse.GetValue(directory), error);
            if (rulesDirectory is null)
            {
                return ExitCodes.UsageError;
            }

            var folder = RuleFolder.Read(rulesDirectory);
            var (cases, testErrors) = RuleTestLoader.Read(rulesDirectory);
            var errors = folder.Problems.Concat(testErrors).Where(p => !p.IsWarning).ToList();
            foreach (var problem in errors)
            {
                output.WriteLine(problem);
            }

            if (folder.Problems.Any(p => !p.IsWarning))
            {
                output.WriteLine($"{rulesDirectory}: the rules folder has errors; fix them (see 'scan rules validate') before testing");
                return ExitCodes.RunFailed;
            }

            if (cases.Count == 0 && testErrors.Count == 0)
            {
                // Nothing tested must not read as everything passed.
                output.WriteLine($"{rulesDirectory}: no test cases found in {Path.Combine(rulesDirectory, RuleTestLoader.FolderName)}");
                return ExitCodes.RunFailed;
            }

            var runner = new RuleTestRunner(folder.AllRules, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));
            var results = cases.Select(runner.Run).ToList();
            RulesTestReport.Write(output, results);
            foreach (var warning in RuleTestLoader.Untested(folder.AllRules, cases))
            {
                output.WriteLine(warning);
            }

            var failed = results.Count(r => !r.Passed);
            output.WriteLine($"{rulesDirectory}: {results.Count} cases, {results.Count - failed} passed, {failed} failed" +
                (testErrors.Count > 0 ? $"; {testErrors.Count} error(s) in the test files" : string.Empty));
            return failed == 0 && errors.Count == 0 ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }
}
