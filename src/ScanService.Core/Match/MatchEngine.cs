using ScanService.Match.Blocking;
using ScanService.Match.Frequencies;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// Finds the links between tonight's records and the subjects of open investigations. Each link names the
/// subject's open investigation; a subject on two open investigations gives two alerts, one per team.
/// Output order is fixed by the alert identity so that reruns compare equal.
/// </summary>
public sealed class MatchEngine
{
    private readonly SubjectIndex _index;
    private readonly RuleSet _rules;
    private readonly TokenFrequencies _frequencies;
    private readonly Dictionary<string, IBlocker[]> _blockersByRule;

    public MatchEngine(RuleSet rules, IReadOnlyList<Subject> subjects, TokenFrequencies? frequencies = null)
    {
        _rules = rules;
        _index = new SubjectIndex(subjects);
        _frequencies = frequencies ?? TokenFrequencies.None;
        _blockersByRule = rules.Rules.ToDictionary(r => r.Id, BlockersOf, StringComparer.Ordinal);
    }

    public IReadOnlyList<LinkAlert> Match(IEnumerable<PersonRecord> records)
    {
        var alerts = new List<LinkAlert>();
        var candidates = new HashSet<int>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var rule in _rules.Rules)
            {
                if (!rule.AppliesTo(record.Source))
                {
                    continue;
                }

                candidates.Clear();
                foreach (var blocker in _blockersByRule[rule.Id])
                {
                    _index.AddCandidates(blocker, record, keys, candidates);
                }

                foreach (var subjectIndex in candidates)
                {
                    var subject = _index.Subjects[subjectIndex];
                    var score = RuleScorer.Score(rule, record, subject, _frequencies);
                    if (score.IsLink)
                    {
                        AddAlerts(alerts, record, subject, score);
                    }
                }
            }
        }

        alerts.Sort(CompareIdentity);
        return alerts;
    }

    /// <summary>Candidates come only through fields that can speak for a link (some level with positive weight).</summary>
    private static IBlocker[] BlockersOf(LinkRule rule) => rule.Comparisons
        .Where(c => c.WeightByLevel.Values.Any(w => w > 0))
        .SelectMany(c => BlockerCatalog.ForField(c.Field))
        .Distinct()
        .ToArray();

    private static void AddAlerts(List<LinkAlert> alerts, PersonRecord record, Subject subject, PairScore score)
    {
        var explanation = score.Explain();
        var masked = Masking.Record(record);
        foreach (var investigation in subject.Investigations)
        {
            alerts.Add(new LinkAlert
            {
                Source = record.Source,
                RecordId = record.RecordId,
                InvestigationRef = investigation.InvestigationRef,
                SubjectRef = subject.SubjectRef,
                RuleId = score.Rule.Id,
                RuleVersion = score.Rule.Version,
                Score = score.Total,
                MatchedOn = score.MatchedOn,
                Explanation = explanation,
                RecordMasked = masked,
            });
        }
    }

    private static int CompareIdentity(LinkAlert a, LinkAlert b)
    {
        var c = string.CompareOrdinal(a.InvestigationRef, b.InvestigationRef);
        if (c == 0) c = string.CompareOrdinal(a.SubjectRef, b.SubjectRef);
        if (c == 0) c = string.CompareOrdinal(a.Source, b.Source);
        if (c == 0) c = string.CompareOrdinal(a.RecordId, b.RecordId);
        if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
        return c;
    }
}
