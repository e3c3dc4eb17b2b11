using ScanService.Match.Blocking;
using ScanService.Match.Frequencies;
using ScanService.Match.Names;
using ScanService.Pipeline.Progress;
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
    private readonly Subject[] _subjects;
    private readonly SubjectSummary[] _summaries;
    private readonly LinkRule[] _rules;
    private readonly TokenFrequencies _frequencies;
    private readonly IBlocker[] _blockers;
    private readonly KeyedSubjects[] _blockerKeys;
    private readonly int[][] _blockersByRule;
    private readonly ScoreCeiling[] _ceilings;
    private readonly NameSignatures _subjectNames;

    // Big enough to amortise scheduling, small enough that both cores stay busy to the end.
    private const int ChunkSize = 256;

    public MatchEngine(RuleSet rules, IReadOnlyList<Subject> subjects, TokenFrequencies? frequencies = null)
        : this(rules, new SubjectIndex(subjects), frequencies)
    {
    }

    /// <param name="index">The subjects already filed: a night builds it while its records are still being read.</param>
    public MatchEngine(RuleSet rules, SubjectIndex index, TokenFrequencies? frequencies = null)
    {
        var subjects = index.Subjects;
        // Weights are fixed for the night's number of subjects once, so scoring and its ceiling agree.
        _rules = [.. rules.Rules.Select(r => r.ForSubjects(subjects.Count))];
        _index = index;
        _subjects = [.. subjects];
        _subjectNames = NameSignatures.Of(_subjects);
        _summaries = [.. _subjects.Select((s, i) => SubjectSummary.Of(s) with { FirstName = _subjectNames.FirstNameOf(i), Names = _subjectNames.NamesOf(i) })];
        _frequencies = frequencies ?? TokenFrequencies.None;
        // A blocker serving several rules (phone and premises serve their own rules and same-person) has its keys
        // written and looked up once per record: each rule's candidates come from the same lookups.
        _blockers = [.. _rules.SelectMany(BlockersOf).Distinct()];
        _blockerKeys = [.. _blockers.Select(index.KeysOf)];
        _blockersByRule = [.. _rules.Select(r => BlockersOf(r).Select(b => Array.IndexOf(_blockers, b)).ToArray())];
        _ceilings = [.. _rules.Select(r => new ScoreCeiling(r))];
    }

    /// <summary>
    /// How much work the last <see cref="Match(IReadOnlyList{PersonRecord}, MatchParallelism, ProgressCounter?)"/>
    /// did: the pairs blocking offered and the pairs that survived the score ceiling to be scored in full.
    /// </summary>
    public MatchCounts Counts { get; private set; }

    public IReadOnlyList<LinkAlert> Match(IEnumerable<PersonRecord> records) =>
        Match(records as IReadOnlyList<PersonRecord> ?? [.. records], MatchParallelism.AllCores, progress: null);

    /// <summary>
    /// Matches in chunks of records spread over <paramref name="parallelism"/> threads. The output does not depend
    /// on the thread count: each chunk's alerts are kept apart and all are sorted by identity at the end.
    /// <paramref name="progress"/>, when given, counts the records done.
    /// </summary>
    public IReadOnlyList<LinkAlert> Match(IReadOnlyList<PersonRecord> records, MatchParallelism parallelism, ProgressCounter? progress)
    {
        var chunks = (records.Count + ChunkSize - 1) / ChunkSize;
        var found = new List<LinkAlert>[chunks];
        long candidates = 0, scored = 0;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = parallelism.Threads }, () => new Scratch(_index.Subjects.Count, _blockers.Length),
            (chunk, _, scratch) =>
            {
                var first = chunk * ChunkSize;
                var last = Math.Min(records.Count, first + ChunkSize);
                found[chunk] = MatchChunk(records, first, last, scratch);
                progress?.Add(last - first);
                return scratch;
            },
            scratch =>
            {
                Interlocked.Add(ref candidates, scratch.CandidatePairs);
                Interlocked.Add(ref scored, scratch.ScoredPairs);
            });
        Counts = new MatchCounts(candidates, scored);

        var alerts = new List<LinkAlert>(found.Sum(f => f.Count));
        foreach (var part in found)
        {
            alerts.AddRange(part);
        }

        alerts.Sort(LinkAlertOrder.Compare);
        return alerts;
    }

    private List<LinkAlert> MatchChunk(IReadOnlyList<PersonRecord> records, int first, int last, Scratch scratch)
    {
        var alerts = new List<LinkAlert>();
        for (var r = first; r < last; r++)
        {
            var record = records[r];
            var summary = RecordSummary.Of(record);
            var recordName = scratch.RecordName;
            string? masked = null;
            LookUpKeys(record, scratch);
            for (var k = 0; k < _rules.Length; k++)
            {
                var rule = _rules[k];
                if (!rule.AppliesTo(record.Source))
                {
                    continue;
                }

                scratch.Candidates.StartRecord();
                foreach (var blocker in _blockersByRule[k])
                {
                    for (var key = scratch.FirstKey[blocker]; key < scratch.EndKey[blocker]; key++)
                    {
                        scratch.Candidates.AddRange(scratch.Batch.Found(key));
                    }
                }

                scratch.CandidatePairs += scratch.Candidates.Count;
                if (scratch.Candidates.Count == 0)
                {
                    continue;
                }

                var ceiling = _ceilings[k];
                var rarityBound = ceiling.NameRarityBound(record, _frequencies);
                foreach (var subjectIndex in scratch.Candidates.MemberSpan)
                {
                    var subject = _subjects[subjectIndex];
                    ref readonly var subjectSummary = ref _summaries[subjectIndex];
                    var total = ceiling.Total(record, subject, subjectSummary, summary, rarityBound, _frequencies,
                        new SignedPair(recordName, _subjectNames, subjectSummary.FirstName, subjectSummary.Names), out var passed);
                    scratch.ScoredPairs += passed ? 1 : 0;
                    if (total is null)
                    {
                        continue;
                    }

                    // Only a link needs its explanation: the full scorer gives the same total with the evidence.
                    if (total >= rule.Threshold && RuleScorer.Score(ceiling.Weights, record, subject, _frequencies) is { IsLink: true } score)
                    {
                        // A record's masked description is the same for each of its links: made once, at the first.
                        masked ??= Masking.Record(record);
                        AddAlerts(alerts, record, masked, subject, score);
                    }
                }
            }
        }

        return alerts;
    }

    /// <summary>
    /// Writes the keys of every blocker a rule applying to the record uses, each blocker once, and looks them all up
    /// together; <see cref="Scratch.FirstKey"/> and <see cref="Scratch.EndKey"/> give each blocker's keys.
    /// </summary>
    private void LookUpKeys(PersonRecord record, Scratch scratch)
    {
        var needed = scratch.Needed;
        Array.Clear(needed);
        for (var k = 0; k < _rules.Length; k++)
        {
            if (_rules[k].AppliesTo(record.Source))
            {
                foreach (var blocker in _blockersByRule[k])
                {
                    needed[blocker] = true;
                }
            }
        }

        var batch = scratch.Batch;
        batch.Clear();
        for (var b = 0; b < _blockers.Length; b++)
        {
            scratch.FirstKey[b] = batch.Count;
            if (needed[b])
            {
                batch.Index = _blockerKeys[b];
                _blockers[b].WriteKeys(record, batch);
            }

            scratch.EndKey[b] = batch.Count;
        }

        batch.Resolve();
    }

    /// <summary>Candidates come only through fields that can speak for a link (some level with positive weight).</summary>
    private static IBlocker[] BlockersOf(LinkRule rule) => rule.Comparisons
        .Where(c => c.WeightByLevel.Values.Any(w => w > 0))
        .SelectMany(c => BlockerCatalog.ForField(c.Field))
        .Distinct()
        .ToArray();

    private static void AddAlerts(List<LinkAlert> alerts, PersonRecord record, string masked, Subject subject, PairScore score)
    {
        var explanation = score.Explain();
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

    /// <summary>One thread's reusable sets, so that looking up candidates allocates nothing per record.</summary>
    private sealed class Scratch(int subjects, int blockers)
    {
        public CandidateSet Candidates { get; } = new(subjects);

        public KeyBatch Batch { get; } = new();

        /// <summary>Per blocker: whether a rule applying to the record uses it.</summary>
        public bool[] Needed { get; } = new bool[blockers];

        /// <summary>Per blocker: its first key in <see cref="Batch"/>, and the key after its last.</summary>
        public int[] FirstKey { get; } = new int[blockers];

        public int[] EndKey { get; } = new int[blockers];

        /// <summary>The name of the record being matched, signed once for all its candidate pairs.</summary>
        public NameSignatures RecordName { get; } = new();

        public long CandidatePairs { get; set; }

        public long ScoredPairs { get; set; }
    }
}
