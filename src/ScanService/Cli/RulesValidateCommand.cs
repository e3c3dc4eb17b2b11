using System.CommandLine;
using ScanService.Rules.Validation;

namespace ScanService.Host.Cli;

/// <summary>
/// <c>scan rules validate [DIR] [--exports DIR]</c>: every problem of every rule and mapping file in one pass, as
/// <c>file:line:col: message</c>. Exit 0 when the folder is usable (warnings allowed), 1 with errors.
/// </summary>
internal static class RulesValidateCommand
{
    public static Command Create()
    {
        var directory = RulesCommand.DirectoryArgument();
        var exports = new Option<string?>("--exports")
        {
            Description = "Also check the rules against a night's exports: sources named by rules, fields no source provides, mappings against their files.",
            HelpName = "DIR",
        };
        var command = new Command("validate", "Check every rule and source mapping file and report each problem with file, line and column.")
        {
            directory, exports,
        };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var rulesDirectory = RulesCommand.ResolveDirectory(parse.GetValue(directory), error);
            if (rulesDirectory is null)
            {
                return ExitCodes.UsageError;
            }

            var exportsDirectory = parse.GetValue(exports);
            var validation = RulesValidator.Validate(rulesDirectory, exportsDirectory);
            foreach (var problem in validation.Problems)
            {
                output.WriteLine(problem);
            }

            output.WriteLine(Summary(rulesDirectory, exportsDirectory, validation));
            return validation.IsValid ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }

    private static string Summary(string rulesDirectory, string? exportsDirectory, RuleValidation validation)
    {
        var checkedWhat = $"{Count(validation.Reading.AllRules.Count, "rule")}, {Count(validation.Reading.Mappings.Count, "mapping")}";
        if (exportsDirectory is not null)
        {
            checkedWhat += $", checked against {Count(validation.SourcesChecked, "readable export")} in {exportsDirectory}";
        }

        var verdict = validation.IsValid ? "valid" : "NOT valid";
        return $"{rulesDirectory}: {verdict}: {checkedWhat}; {Count(validation.ErrorCount, "error")}, {Count(validation.WarningCount, "warning")}";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
