using ScanService.Digest.Content;
using ScanService.Model;

namespace ScanService.Digest.Rendering;

/// <summary>
/// The HTML body. Outlook renders HTML with Word's engine, so: tables for layout, inline styles only, no CSS
/// classes, no images. Every value is encoded (see <see cref="HtmlWriter"/>).
/// </summary>
internal sealed class HtmlDigestRenderer
{
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";
    private const string Banner = Font + "background-color:#1f1f1f;color:#ffffff;font-size:14px;font-weight:bold;" +
                                  "letter-spacing:1px;text-align:center;padding:6px;";
    private const string Body = Font + "font-size:14px;color:#1a1a1a;padding:12px 16px;";
    private const string Title = Font + "font-size:20px;margin:8px 0 4px 0;";
    private const string Section = Font + "font-size:16px;margin:20px 0 6px 0;border-bottom:1px solid #999999;";
    private const string TeamHeading = Font + "font-size:15px;margin:16px 0 6px 0;";
    private const string Paragraph = Font + "font-size:14px;margin:4px 0;";
    private const string Muted = Font + "font-size:13px;color:#555555;margin:4px 0;";
    private const string Grid = "border-collapse:collapse;margin:6px 0 12px 0;";
    private const string HeaderCell = Font + "font-size:13px;text-align:left;background-color:#e8e8e8;border:1px solid #cccccc;padding:4px 8px;";
    private const string NumberHeaderCell = HeaderCell + "text-align:right;";
    private const string Cell = Font + "font-size:13px;border:1px solid #cccccc;padding:4px 8px;vertical-align:top;";
    private const string NumberCell = Cell + "text-align:right;";
    private const string AttentionBox = Font + "font-size:14px;background-color:#fdecea;border:2px solid #b00020;padding:8px 12px;";
    private const string AttentionOutcome = Font + "font-size:13px;font-weight:bold;color:#b00020;padding:2px 12px 2px 0;vertical-align:top;";
    private const string AttentionCell = Font + "font-size:13px;padding:2px 0;vertical-align:top;";
    private const string InvestigationCell = Cell + "font-weight:bold;background-color:#dde6ef;";
    private const string LinkHeadingCell = Cell + "font-weight:bold;background-color:#f3f6f9;";
    private const string LabelCell = Cell + "color:#555555;width:110px;";

    private const string LayoutTable = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;\">";
    private const string GridTable = "<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"" + Grid + "\">";
    private const string FullWidthGridTable = "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"" + Grid + "\">";

    public string Render(DigestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var html = new HtmlWriter();
        html.Line("<!DOCTYPE html>")
            .Line("<html lang=\"en\">")
            .Line("<head>")
            .Line("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">")
            .Element("title", "", DigestWording.Subject(document))
            .Line("</head>")
            .Line("<body style=\"margin:0;padding:0;background-color:#ffffff;\">")
            .Line(LayoutTable);
        AppendBanner(html);
        html.Line($"<tr><td style=\"{Body}\">")
            .Element("h1", Title, DigestWording.Title(document))
            .Element("p", Muted, DigestWording.RunLine(document));
        AppendAttention(html, document);
        AppendSummary(html, document);
        AppendNewLinks(html, document);
        AppendFindings(html, document);
        AppendSources(html, document);
        html.Element("p", Muted, DigestWording.RepeatsFooter(document))
            .Line("</td></tr>");
        AppendBanner(html);
        html.Line("</table>")
            .Line("</body>")
            .Line("</html>");
        return html.ToString();
    }

    private static void AppendBanner(HtmlWriter html) =>
        html.Markup($"<tr><td style=\"{Banner}\">").Text(DigestWording.Marking).Line("</td></tr>");

    private static void AppendAttention(HtmlWriter html, DigestDocument document)
    {
        if (document.RunError is null && document.UnscannedSources.Count == 0)
        {
            return;
        }

        html.Line(FullWidthGridTable).Line($"<tr><td style=\"{AttentionBox}\">");
        if (document.RunError is { } runError)
        {
            html.Element("p", Paragraph + "font-weight:bold;", $"ATTENTION: the run reported an error: {runError}");
        }

        if (document.UnscannedSources.Count > 0)
        {
            html.Element("p", Paragraph + "font-weight:bold;", DigestWording.AttentionHeading(document))
                .Line(LayoutTable);
            foreach (var source in document.UnscannedSources)
            {
                html.Markup("<tr>")
                    .Element("td", AttentionOutcome, DigestWording.Outcome(source.Outcome))
                    .Markup($"<td style=\"{AttentionCell}\">")
                    .Markup("<b>").Text(DigestWording.SourceName(source)).Markup("</b><br>")
                    .Text(DigestWording.SourceProblem(source))
                    .Line("</td></tr>");
            }

            html.Line("</table>");
        }

        html.Line("</td></tr>").Line("</table>");
    }

    private static void AppendSummary(HtmlWriter html, DigestDocument document)
    {
        html.Element("h2", Section, "Summary")
            .Element("p", Paragraph, DigestWording.LinkCountsLine(document.Totals))
            .Element("p", Paragraph, DigestWording.SourceCountsLine(document));

        if (document.TeamCounts.Count == 0)
        {
            return;
        }

        html.Line(GridTable)
            .Markup("<tr>")
            .Element("th", HeaderCell, "Team")
            .Element("th", NumberHeaderCell, "New")
            .Element("th", NumberHeaderCell, "Repeat")
            .Line("</tr>");
        foreach (var team in document.TeamCounts)
        {
            html.Markup("<tr>")
                .Element("td", Cell, team.Team)
                .Element("td", NumberCell, DigestWording.Number(team.NewLinks))
                .Element("td", NumberCell, DigestWording.Number(team.RepeatLinks))
                .Line("</tr>");
        }

        html.Line("</table>");
    }

    private static void AppendNewLinks(HtmlWriter html, DigestDocument document)
    {
        html.Element("h2", Section, "New links");
        if (document.Teams.Count == 0)
        {
            html.Element("p", Paragraph, DigestWording.NoNewLinks);
        }

        foreach (var team in document.Teams)
        {
            html.Element("h3", TeamHeading, DigestWording.TeamHeading(team));
            foreach (var investigation in team.Investigations)
            {
                html.Line(FullWidthGridTable)
                    .Markup($"<tr><td colspan=\"2\" style=\"{InvestigationCell}\">")
                    .Text(DigestWording.InvestigationHeading(investigation))
                    .Line("</td></tr>");
                foreach (var link in investigation.Links)
                {
                    AppendLink(html, link);
                }

                html.Line("</table>");
            }
        }

        if (document.NewLinksNotShown > 0)
        {
            html.Element("p", Paragraph + "font-weight:bold;", DigestWording.Overflow(document.NewLinksNotShown));
        }
    }

    private static void AppendLink(HtmlWriter html, DigestLink link)
    {
        html.Markup($"<tr><td colspan=\"2\" style=\"{LinkHeadingCell}\">")
            .Text(DigestWording.LinkHeading(link))
            .Line("</td></tr>");
        AppendField(html, "Rule", DigestWording.Rule(link));
        AppendField(html, "Matched on", link.Alert.MatchedOn);
        AppendField(html, "Record", link.Alert.RecordMasked);
        AppendField(html, "Explanation", link.Alert.Explanation);
    }

    private static void AppendField(HtmlWriter html, string label, string value) =>
        html.Markup("<tr>").Element("td", LabelCell, label).Element("td", Cell, value).Line("</tr>");

    private static void AppendFindings(HtmlWriter html, DigestDocument document)
    {
        foreach (var section in document.Findings)
        {
            html.Element("h2", Section, section.Title)
                .Element("p", Muted, section.Intro);
            foreach (var group in section.Groups)
            {
                html.Element("h3", TeamHeading, $"{group.Title} ({group.Total})");
                if (group.Findings.Count == 0)
                {
                    continue;
                }

                html.Line(FullWidthGridTable);
                foreach (var finding in group.Findings)
                {
                    html.Markup($"<tr><td colspan=\"2\" style=\"{LinkHeadingCell}\">").Text(finding.Heading).Line("</td></tr>");
                    AppendField(html, "Rule", finding.Rule);
                    foreach (var field in finding.Fields)
                    {
                        AppendField(html, field.Label, field.Value);
                    }
                }

                html.Line("</table>");
                if (group.NotShown > 0)
                {
                    html.Element("p", Paragraph + "font-weight:bold;", DigestWording.FindingsOverflow(group.NotShown, section.ExportKind));
                }
            }
        }
    }

    private static void AppendSources(HtmlWriter html, DigestDocument document)
    {
        html.Element("h2", Section, "Sources");
        if (document.Sources.Count == 0)
        {
            html.Element("p", Paragraph, "No sources were recorded for this run.");
            return;
        }

        html.Line(GridTable)
            .Markup("<tr>")
            .Element("th", HeaderCell, "Source")
            .Element("th", HeaderCell, "File")
            .Element("th", HeaderCell, "Outcome")
            .Element("th", NumberHeaderCell, "Read")
            .Element("th", NumberHeaderCell, "Accepted")
            .Element("th", NumberHeaderCell, "Rejected")
            .Element("th", NumberHeaderCell, "Field issues")
            .Element("th", HeaderCell, "Note")
            .Line("</tr>");
        foreach (var s in document.Sources)
        {
            var outcomeStyle = s.Outcome == SourceOutcome.Read ? Cell : Cell + "font-weight:bold;color:#b00020;";
            html.Markup("<tr>")
                .Element("td", Cell, s.Source)
                .Element("td", Cell, s.FileName)
                .Element("td", outcomeStyle, DigestWording.Outcome(s.Outcome))
                .Element("td", NumberCell, DigestWording.Number(s.RowsRead))
                .Element("td", NumberCell, DigestWording.Number(s.Accepted))
                .Element("td", NumberCell, DigestWording.Number(s.Rejected))
                .Element("td", NumberCell, DigestWording.Number(s.FieldIssues))
                .Element("td", Cell, s.Error ?? "")
                .Line("</tr>");
        }

        html.Line("</table>");
    }
}
