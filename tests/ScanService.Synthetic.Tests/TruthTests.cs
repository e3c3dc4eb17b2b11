using ScanService.Synthetic.Tests.Support;

namespace ScanService.Synthetic.Tests;

public class TruthTests
{
    private static readonly string[] Kinds = ["person", "phone", "premises"];

    private static GeneratedNight Night => Nights.Standard;

    private static HashSet<string> OpenInvestigations =>
        [.. Night.Investigations.Rows.Where(r => Night.Investigations.Get(r, "status") == "open").Select(r => r[0])];

    [Test]
    public void Every_truth_row_names_an_existing_record_and_subject_on_an_open_investigation()
    {
        var open = OpenInvestigations;
        var memberships = Night.Subjects.Rows.Select(r => (r[0], r[1])).ToHashSet();
        var records = Night.SourceNames.ToDictionary(s => s, s => Night.Source(s).Column("record_id").ToHashSet());

        Night.Truth.Rows.Count.ShouldBeGreaterThan(1000);
        foreach (var row in Night.Truth.Rows)
        {
            var (source, recordId, investigation, subject, kind) = (row[0], row[1], row[2], row[3], row[4]);
            records.ShouldContainKey(source);
            records[source].ShouldContain(recordId);
            open.ShouldContain(investigation);
            memberships.ShouldContain((investigation, subject), $"{subject} is not on {investigation}");
            Kinds.ShouldContain(kind);
        }
    }

    [Test]
    public void Truth_rows_are_distinct_and_add_up_to_the_summary()
    {
        var rows = Night.Truth.Rows.Select(r => string.Join(',', r)).ToList();

        rows.Distinct().Count().ShouldBe(rows.Count);
        rows.Count.ShouldBe(Night.Summary.TruthRows);
        Night.Truth.Rows.Select(r => (r[0], r[1], r[2])).Distinct().Count().ShouldBe(Night.Summary.TruthPairs);
        foreach (var kind in Night.Summary.TruthRowsByKind)
        {
            Night.Truth.Rows.Count(r => r[4] == kind.Name).ShouldBe(kind.Count);
        }
    }

    [Test]
    public void The_link_rate_is_about_as_asked()
    {
        var linked = Night.Truth.Rows.Select(r => (r[0], r[1])).Distinct().Count();

        linked.ShouldBe(Night.Summary.LinkRecords);
        ((double)linked / Night.Summary.Records).ShouldBe(Night.Options.LinkRate, tolerance: 0.01);
    }

    [Test]
    public void Subjects_of_closed_investigations_only_are_never_in_the_truth_though_they_appear_in_the_exports()
    {
        var open = OpenInvestigations;
        var closedOnly = Night.Subjects.Rows.GroupBy(r => r[1])
            .Where(g => g.All(r => !open.Contains(r[0])))
            .Select(g => g.Key)
            .ToHashSet();

        closedOnly.ShouldNotBeEmpty();
        Night.Truth.Rows.ShouldNotContain(r => closedOnly.Contains(r[3]));
        Night.Decoys.Rows.Count(r => r[3] == "closed-investigation-subject" && closedOnly.Contains(r[2])).ShouldBeGreaterThan(10);
    }

    [Test]
    public void No_decoy_is_in_the_truth()
    {
        var truth = Night.Truth.Rows.Select(r => (r[0], r[1])).ToHashSet();

        Night.Decoys.Rows.Count.ShouldBe(Night.Summary.Decoys);
        Night.Decoys.Rows.Where(r => truth.Contains((r[0], r[1]))).ShouldBeEmpty();
    }

    [Test]
    public void Every_kind_of_decoy_is_made()
    {
        foreach (var kind in Night.Summary.DecoysByKind)
        {
            kind.Count.ShouldBeGreaterThan(10, kind.Name);
        }
    }

    [Test]
    public void A_subject_on_two_open_investigations_is_linked_to_both()
    {
        var open = OpenInvestigations;
        var openBySubject = Night.Subjects.Rows.Where(r => open.Contains(r[0])).GroupBy(r => r[1])
            .ToDictionary(g => g.Key, g => g.Select(r => r[0]).ToHashSet());
        var twice = Night.Truth.Rows.Where(r => openBySubject[r[3]].Count > 1).ToList();

        twice.ShouldNotBeEmpty();
        foreach (var row in twice)
        {
            var investigations = Night.Truth.Rows
                .Where(r => r[0] == row[0] && r[1] == row[1] && r[3] == row[3] && r[4] == row[4])
                .Select(r => r[2]);
            investigations.ShouldBe(openBySubject[row[3]], ignoreOrder: true);
        }
    }

    [Test]
    public void Person_links_name_the_person_and_relatives_at_the_premises_are_premises_links_only()
    {
        var personRecords = Night.Truth.Rows.Where(r => r[4] == "person").Select(r => (r[0], r[1])).ToHashSet();
        foreach (var (source, recordId) in personRecords)
        {
            var table = Night.Source(source);
            var row = Night.Record(source, recordId);
            (table.Get(row, "full_name") + table.Get(row, "forename") + table.Get(row, "surname")).ShouldNotBeEmpty();
        }

        var premisesOnly = Night.Truth.Rows.Where(r => r[4] == "premises" && !personRecords.Contains((r[0], r[1]))).Select(r => (r[0], r[1])).Distinct();
        premisesOnly.Count().ShouldBeGreaterThan(100);
    }
}
