using ScanService.Match.Comparators;
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

    public MatchEngine(RuleSet rules, IReadOnlyList<Subject> subjects)
    {
        _rules = rules;
        _index = new SubjectIndex(subjects);
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

                FindCandidates(rule, record, keys, candidates);
                foreach (var subjectIndex in candidates)
                {
                    var subject = _index.Subjects[subjectIndex];
                    var score = RuleScorer.Score(rule, record, subject);
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
    private void FindCandidates(LinkRule rule, PersonRecord record, HashSet<string> keys, HashSet<int> candidates)
    {
        candidates.Clear();
        foreach (var comparison in rule.Comparisons)
        {
            if (!comparison.WeightByLevel.Values.Any(w => w > 0))
            {
                continue;
            }

            keys.Clear();
            ComparatorCatalog.Get(comparison.Field).AddBlockingKeys(record, keys);
            _index.AddCandidates(comparison.Field, keys, candidates);
        }
    }

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
