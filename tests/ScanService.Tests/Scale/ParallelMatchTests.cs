using ScanService.Match;
using ScanService.Match.Blocking;
using ScanService.Model;
using ScanService.Pipeline.Progress;

namespace ScanService.Tests.Scale;

/// <summary>
/// The speed work must not change what is found: matching on several threads gives the same alerts in the same
/// order as on one, and skipping pairs that cannot reach a threshold loses no link.
/// </summary>
public class ParallelMatchTests
{
    private static LoadedNight _night = null!;

    [OneTimeSetUp]
    public static void Generate() => _night = new LoadedNight(records: 6_000, subjects: 600, seed: 11);

    [OneTimeTearDown]
    public static void Remove() => _night.Dispose();

    private static MatchEngine Engine() => new(_night.Rules, _night.Subjects, _night.Frequencies);

    [Test]
    public void Any_number_of_threads_gives_the_same_alerts_in_the_same_order_as_one()
    {
        var sequential = Engine().Match(_night.Records, MatchParallelism.Sequential, progress: null);

        sequential.Count.ShouldBeGreaterThan(100, "the generated night must give links to compare");
        foreach (var threads in new[] { 2, 3, 8 })
        {
            var parallel = Engine().Match(_night.Records, new MatchParallelism(threads), progress: null);
            parallel.Select(Describe).ShouldBe(sequential.Select(Describe), $"{threads} threads");
        }
    }

    [Test]
    public void Every_record_is_counted_once_by_the_progress_counter()
    {
        var counter = new ProgressCounter(_night.Records.Count);

        Engine().Match(_night.Records, new MatchParallelism(2), counter);

        counter.Done.ShouldBe(_night.Records.Count);
    }

    [Test]
    public void The_score_ceiling_loses_no_link_that_scoring_every_candidate_finds()
    {
        var index = new SubjectIndex(_night.Subjects);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new CandidateSet(_night.Subjects.Count);
        var expected = new List<string>();
        foreach (var record in _night.Records)
        {
            foreach (var rule in _night.Rules.Rules.Where(r => r.AppliesTo(record.Source)))
            {
                candidates.StartRecord();
                foreach (var blocker in rule.Comparisons.SelectMany(c => BlockerCatalog.ForField(c.Field)).Distinct())
                {
                    index.AddCandidates(blocker, record, keys, candidates);
                }

                foreach (var i in candidates.Members)
                {
                    var score = RuleScorer.Score(rule, record, _night.Subjects[i], _night.Frequencies);
                    if (score.IsLink)
                    {
                        expected.AddRange(_night.Subjects[i].Investigations.Select(inv =>
                            $"{inv.InvestigationRef}|{_night.Subjects[i].SubjectRef}|{record.Source}|{record.RecordId}|{rule.Id}|{score.Total}|{score.Explain()}"));
                    }
                }
            }
        }

        var found = Engine().Match(_night.Records, MatchParallelism.Sequential, progress: null)
            .Select(a => $"{a.InvestigationRef}|{a.SubjectRef}|{a.Source}|{a.RecordId}|{a.RuleId}|{a.Score}|{a.Explanation}");

        expected.Count.ShouldBeGreaterThan(100);
        found.Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
    }

    private static string Describe(LinkAlert a) =>
        $"{a.InvestigationRef}|{a.SubjectRef}|{a.Source}|{a.RecordId}|{a.RuleId}|{a.RuleVersion}|{a.Score}|{a.MatchedOn}|{a.Explanation}|{a.RecordMasked}";
}
