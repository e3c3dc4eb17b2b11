using System.Text;
using ScanService.Digest.Content;
using ScanService.Model;

namespace ScanService.Digest.Rendering;

/// <summary>
/// The plain-text body: readable in any mail client and on a phone, lines at most <see cref="Width"/>
/// characters, CRLF line breaks as MIME text requires.
/// </summary>
internal sealed class TextDigestRenderer
{
    public const int Width = 100;

    private const string NewLine = "\r\n";
    private const string Indent = "  ";
    private const string LinkIndent = "        ";
    private const int LabelWidth = 13;

    private static readonly string Divider = new('=', Width);
    private static readonly string ThinDivider = new('-', Width);

    public string Render(DigestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var text = new StringBuilder();
        Line(text, DigestWording.Marking);
        Line(text, Divider);
        Line(text, DigestWording.Title(document));
        Line(text, DigestWording.RunLine(document));
        AppendAttention(text, document);
        AppendSummary(text, document);
        AppendNewLinks(text, document);
        AppendFindings(text, document);
        AppendSources(text, document);
        Line(text);
        Wrapped(text, "", DigestWording.RepeatsFooter(document));
        Line(text, Divider);
        Line(text, DigestWording.Marking);
        return text.ToString();
    }

    private static void AppendAttention(StringBuilder text, DigestDocument document)
    {
        if (document.RunError is { } runError)
        {
            Line(text);
            Wrapped(text, "ATTENTION: the run reported an error: ", runError);
        }

        if (document.UnscannedSources.Count == 0)
        {
            return;
        }

        Line(text);
        Wrapped(text, "", DigestWording.AttentionHeading(document));
        foreach (var source in document.UnscannedSources)
        {
            var label = Indent + DigestWording.Outcome(source.Outcome).PadRight(9);
            Wrapped(text, label, DigestWording.SourceName(source));
            Wrapped(text, new string(' ', label.Length), DigestWording.SourceProblem(source));
        }
    }

    private static void AppendSummary(StringBuilder text, DigestDocument document)
    {
        Line(text);
        Line(text, "SUMMARY");
        Wrapped(text, Indent, DigestWording.LinkCountsLine(document.Totals));
        Wrapped(text, Indent, DigestWording.SourceCountsLine(document));

        if (document.TeamCounts.Count == 0)
        {
            return;
        }

        var table = new TextTable(("Team", false), ("New", true), ("Repeat", true));
        foreach (var team in document.TeamCounts)
        {
            table.Add(team.Team, DigestWording.Number(team.NewLinks), DigestWording.Number(team.RepeatLinks));
        }

        Line(text);
        table.AppendTo(text, Indent, NewLine);
    }

    private static void AppendNewLinks(StringBuilder text, DigestDocument document)
    {
        Line(text);
        Line(text, "NEW LINKS");
        if (document.Teams.Count == 0)
        {
            Line(text, Indent + DigestWording.NoNewLinks);
        }

        foreach (var team in document.Teams)
        {
            Line(text);
            Wrapped(text, "", DigestWording.TeamHeading(team).ToUpperInvariant());
            Line(text, ThinDivider);
            foreach (var investigation in team.Investigations)
            {
                Line(text);
                Wrapped(text, "", DigestWording.InvestigationHeading(investigation));
                foreach (var link in investigation.Links)
                {
                    AppendLink(text, link);
                }
            }
        }

        if (document.NewLinksNotShown > 0)
        {
            Line(text);
            Line(text, DigestWording.Overflow(document.NewLinksNotShown));
        }
    }

    private static void AppendLink(StringBuilder text, DigestLink link)
    {
        Line(text);
        Wrapped(text, Indent, DigestWording.LinkHeading(link));
        Field(text, "Rule:", DigestWording.Rule(link));
        Field(text, "Matched on:", link.Alert.MatchedOn);
        Field(text, "Record:", link.Alert.RecordMasked);
        Field(text, "Explanation:", link.Alert.Explanation);
    }

    private static void AppendFindings(StringBuilder text, DigestDocument document)
    {
        foreach (var section in document.Findings)
        {
            Line(text);
            Line(text, section.Title.ToUpperInvariant());
            Wrapped(text, Indent, section.Intro);
            foreach (var group in section.Groups)
            {
                Line(text);
                Line(text, $"{Indent}{group.Title} ({group.Total})");
                foreach (var finding in group.Findings)
                {
                    Wrapped(text, Indent + Indent, finding.Heading);
                    Field(text, "Rule:", finding.Rule);
                    foreach (var field in finding.Fields)
                    {
                        Field(text, field.Label + ":", field.Value);
                    }
                }

                if (group.NotShown > 0)
                {
                    Wrapped(text, Indent + Indent, DigestWording.FindingsOverflow(group.NotShown, section.ExportKind));
                }
            }
        }
    }

    private static void AppendSources(StringBuilder text, DigestDocument document)
    {
        Line(text);
        Line(text, "SOURCES");
        if (document.Sources.Count == 0)
        {
            Line(text, Indent + "No sources were recorded for this run.");
            return;
        }

        var table = new TextTable(
            ("Source", false), ("File", false), ("Outcome", false),
            ("Read", true), ("Accepted", true), ("Rejected", true), ("Field issues", true));
        foreach (var s in document.Sources)
        {
            table.Add(
                s.Source, s.FileName, DigestWording.Outcome(s.Outcome), DigestWording.Number(s.RowsRead),
                DigestWording.Number(s.Accepted), DigestWording.Number(s.Rejected), DigestWording.Number(s.FieldIssues));
        }

        if (Indent.Length + table.Width <= Width)
        {
            table.AppendTo(text, Indent, NewLine);
        }
        else
        {
            AppendSourcesAsBlocks(text, document.Sources);
        }

        // Failed and missing sources are explained at the top; only notes on sources that were read belong here.
        foreach (var source in document.Sources.Where(s => s.Outcome == SourceOutcome.Read && s.Error is not null))
        {
            Wrapped(text, $"{Indent}Note on {source.Source}: ", source.Error!);
        }
    }

    // Long source or file names would push the table past the width; one block per source still fits.
    private static void AppendSourcesAsBlocks(StringBuilder text, IReadOnlyList<SourceReport> sources)
    {
        foreach (var s in sources)
        {
            Wrapped(text, Indent, $"{DigestWording.SourceName(s)}: {DigestWording.Outcome(s.Outcome)}");
            Wrapped(
                text,
                Indent + Indent,
                $"read {s.RowsRead} · accepted {s.Accepted} · rejected {s.Rejected} · field issues {s.FieldIssues}");
        }
    }

    private static void Field(StringBuilder text, string label, string value) =>
        Wrapped(text, LinkIndent + label.PadRight(LabelWidth), value);

    private static void Wrapped(StringBuilder text, string prefix, string value) =>
        TextWrapper.AppendWrapped(text, prefix, value, Width, NewLine);

    private static void Line(StringBuilder text, string value = "") => text.Append(value).Append(NewLine);
}
