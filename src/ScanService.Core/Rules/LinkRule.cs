namespace ScanService.Rules;

/// <summary>How much each level of one field's comparison adds to a rule's score.</summary>
public sealed record RuleComparison(string Field, IReadOnlyDictionary<string, double> WeightByLevel)
{
    /// <summary>Levels a rule does not list weigh nothing: neither evidence for nor against.</summary>
    public double WeightOf(string level) => WeightByLevel.TryGetValue(level, out var weight) ? weight : 0;

    /// <summary>Set when the weights were changed for a number of subjects (see <see cref="RuleScale"/>): the explanation says so.</summary>
    public ScaledWeights? Scaled { get; init; }
}

/// <summary>The levels whose weights a <see cref="RuleScale"/> changed, and for how many subjects.</summary>
public sealed record ScaledWeights(int Subjects, IReadOnlySet<string> Levels);

/// <summary>
/// A record ↔ subject rule: each comparison's level adds its weight; a pair at or above the threshold is a link.
/// </summary>
public sealed record LinkRule(
    string Id,
    int Version,
    string Description,
    string Severity,
    bool Enabled,
    string? Owner,
    IReadOnlySet<string>? Sources,
    IReadOnlyList<RuleComparison> Comparisons,
    double Threshold,
    string FileName) : IScanRule
{
    /// <summary>Per field, the most a rare agreed value may add to its weight and a common one take from it.</summary>
    public IReadOnlyDictionary<string, RarityLimit> Rarity { get; init; } = new Dictionary<string, RarityLimit>();

    /// <summary>Where the rule's parts are written, so that checks made after reading can still point at them.</summary>
    public RulePositions Positions { get; init; } = RulePositions.None;

    public bool AppliesTo(string source) => Enabled && (Sources is null || Sources.Contains(source));

    public RarityLimit RarityOf(string field) => Rarity.TryGetValue(field, out var limit) ? limit : RarityLimit.None;

    /// <summary>How weak evidence weighs as the number of subjects grows; none when the rule does not say.</summary>
    public RuleScale? Scale { get; init; }

    /// <summary>The rule as it weighs pairs on a night with <paramref name="subjects"/> subjects.</summary>
    public LinkRule ForSubjects(int subjects) =>
        Scale is null || Scale.DoublingsAt(subjects) == 0 ? this : this with { Comparisons = Scale.Apply(Comparisons, subjects) };
}

/// <summary>The line and column of a rule's id, of each compared field and of each named source.</summary>
public sealed record RulePositions(
    TextPosition Id,
    IReadOnlyDictionary<string, TextPosition> Fields,
    IReadOnlyDictionary<string, TextPosition> Sources)
{
    public static readonly RulePositions None = new(
        TextPosition.Start, new Dictionary<string, TextPosition>(), new Dictionary<string, TextPosition>());

    public TextPosition FieldOrId(string field) => Fields.TryGetValue(field, out var at) ? at : Id;

    public TextPosition SourceOrId(string source) => Sources.TryGetValue(source, out var at) ? at : Id;
}

/// <summary>The rules of one run and the hash that identifies exactly which text they came from.</summary>
public sealed record RuleSet(IReadOnlyList<LinkRule> Rules, string Hash)
{
    public IReadOnlyList<PatternRule> Patterns { get; init; } = [];

    public IReadOnlyList<ComplianceRule> Compliance { get; init; } = [];

    /// <summary>Every rule of every kind, for the digest and the rule summaries.</summary>
    public IEnumerable<IScanRule> All => Rules.Cast<IScanRule>().Concat(Patterns).Concat(Compliance);

    public static RuleSet Of(IReadOnlyList<IScanRule> rules, string hash) => new([.. rules.OfType<LinkRule>()], hash)
    {
        Patterns = [.. rules.OfType<PatternRule>()],
        Compliance = [.. rules.OfType<ComplianceRule>()],
    };
}
