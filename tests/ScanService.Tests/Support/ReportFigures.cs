using System.Globalization;
using System.Text.RegularExpressions;

namespace ScanService.Tests.Support;

/// <summary>The headline figures read back from the text <c>scan evaluate</c> prints, as a script would.</summary>
internal sealed partial record ReportFigures(double Precision, double Recall, double F1)
{
    public static ReportFigures Parse(string report) => new(Figure(report, "precision"), Figure(report, "recall"), Figure(report, "F1"));

    /// <summary>Recall of one kind of link, from the "Recall by kind" table.</summary>
    public static double KindRecall(string report, string kind)
    {
        var match = Regex.Match(report, $@"^\s+{Regex.Escape(kind)}\s+\d+\s+\d+\s+(?<value>\d\.\d+)\s*$", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"no recall for kind '{kind}' in:\n{report}");
        return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    private static double Figure(string report, string name)
    {
        var match = Regex.Match(report, $@"^\s+{name}\s+(?<value>\d\.\d+)", RegexOptions.Multiline);
        match.Success.ShouldBeTrue($"no '{name}' figure in:\n{report}");
        return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"precision {Precision:0.0000}, recall {Recall:0.0000}, F1 {F1:0.0000}");
}
