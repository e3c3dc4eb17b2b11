using ScanService.Match.Comparators;
using ScanService.Match.Frequencies;
using ScanService.Match.Names;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.Match;

/// <summary>
/// One comparison of a rule made ready to weigh many pairs: its comparator, its weight for each level and its rarity
/// limit are looked up once rather than in dictionaries for every pair. The full scorer and the score ceiling both
/// weigh through <see cref="Weigh"/>, so the total the ceiling adds up is the scorer's to the last bit.
/// </summary>
internal sealed class FieldWeights
{
    private static readonly NameComparator Names = new();

    // A handful of levels per field: a scan of the constants the comparators return beats hashing the level text.
    // Every level of the comparator has a slot (0 when the rule does not weigh it).
    private readonly string[] _levels;
    private readonly double[] _weights;
    private readonly Kind _kind;
    private readonly PremisesComparator? _premises;

    public FieldWeights(RuleComparison comparison, RarityLimit rarity)
    {
        Field = comparison.Field;
        Comparator = ComparatorCatalog.Get(comparison.Field);
        // The comparator's own level strings first (the instances it returns), then any other level the rule names.
        _levels = [.. Comparator.Levels.Concat(comparison.WeightByLevel.Keys).Distinct(StringComparer.Ordinal)];
        _weights = [.. _levels.Select(comparison.WeightOf)];
        Rarity = rarity;
        WeighsRarity = rarity.IsActive && comparison.Field == Names.Field;
        Scaled = comparison.Scaled;
        Best = Math.Max(0, _weights.DefaultIfEmpty(0).Max());
        Worst = Math.Min(0, _weights.DefaultIfEmpty(0).Min());
        Missing = WeightOf(Levels.Missing);
        Different = WeightOf(Levels.Different);
        _kind = Comparator switch
        {
            DateOfBirthComparator => Kind.DateOfBirth,
            PhoneComparator => Kind.Phone,
            IdentifierComparator => Kind.Identifier,
            PremisesComparator => Kind.Premises,
            _ => Kind.Other,
        };
        _premises = Comparator as PremisesComparator;
    }

    private enum Kind
    {
        Other,
        DateOfBirth,
        Phone,
        Identifier,
        Premises,
    }

    /// <summary>The weight of <see cref="Levels.Missing"/>: a field one side does not give.</summary>
    public double Missing { get; }

    /// <summary>The weight of <see cref="Levels.Different"/>.</summary>
    public double Different { get; }

    public string Field { get; }

    public IFieldComparator Comparator { get; }

    public RarityLimit Rarity { get; }

    /// <summary>A name comparison under a rule with a rarity limit: agreeing words move its weight.</summary>
    public bool WeighsRarity { get; }

    public ScaledWeights? Scaled { get; }

    /// <summary>The most this comparison can add without rarity (0 when no level weighs for a link).</summary>
    public double Best { get; }

    /// <summary>The least this comparison can add without rarity (0 when no level weighs against a link).</summary>
    public double Worst { get; }

    /// <summary>Levels the rule does not list weigh nothing (as <see cref="RuleComparison.WeightOf"/>).</summary>
    public double WeightOf(string level)
    {
        // Comparators return their level constants: the same instance is found without comparing text.
        for (var i = 0; i < _levels.Length; i++)
        {
            if (ReferenceEquals(_levels[i], level))
            {
                return _weights[i];
            }
        }

        for (var i = 0; i < _levels.Length; i++)
        {
            if (string.Equals(_levels[i], level, StringComparison.Ordinal))
            {
                return _weights[i];
            }
        }

        return 0;
    }

    /// <summary>
    /// The weight of a field other than the name, answered from <paramref name="summary"/> where that is enough:
    /// a field one side does not give is missing, and a subject's only date of birth is compared where it is held.
    /// Each shortcut is the comparator's own first step, so the level is the comparator's.
    /// </summary>
    public double WeighCheap(PersonRecord record, Subject subject, in SubjectSummary summary, in RecordSummary recordSummary)
    {
        var recordPhones = recordSummary.Phones;
        switch (_kind)
        {
            case Kind.DateOfBirth when record.DateOfBirth is not { } dob || summary.DatesOfBirth == 0:
            case Kind.Phone when record.Phones.Length == 0 || summary.Phones.Count == 0:
            case Kind.Identifier when record.Identifiers.Length == 0 || !summary.HasIdentifiers:
            case Kind.Premises when record.Address.IsEmpty || !summary.HasAddresses:
                return Missing;
            case Kind.Phone when recordPhones.ShareNone(summary.Phones):
                return Different;
            case Kind.DateOfBirth when summary.DatesOfBirth == 1:
                return WeightOf(DateOfBirthComparator.Compare(record.DateOfBirth!.Value, summary.OnlyDateOfBirth).Level);
            case Kind.Premises when summary.OnlyAddress is { } address:
                return WeightOf(PremisesComparator.LevelOf(record.Address, recordSummary.Address, address, summary.OnlyAddressFacts));
            case Kind.Premises:
                return WeightOf(_premises!.LevelOf(record, subject));
            default:
                return WeightOf(Comparator.Compare(record, subject).Level);
        }
    }

    /// <summary>
    /// The pair's weight on this field, rarity included, with the outcome and the rarity adjustment (0 when none)
    /// the explanation gives. <paramref name="agreements"/> is scratch space of <see cref="NameAlignment.MaxTokens"/> slots.
    /// </summary>
    public double Weigh(PersonRecord record, Subject subject, TokenFrequencies frequencies, Span<TokenAgreement> agreements,
        out ComparisonOutcome outcome, out double adjustment)
    {
        adjustment = 0;
        if (!WeighsRarity)
        {
            outcome = Comparator.Compare(record, subject);
            return WeightOf(outcome.Level);
        }

        var used = agreements[..Math.Min(agreements.Length, record.Name.Tokens.Count)];
        used.Fill(TokenAgreement.None);
        outcome = Names.Compare(record, subject, used);
        var weight = WeightOf(outcome.Level);
        if (weight > 0)
        {
            adjustment = Math.Round(Rarity.Clamp(NameRarity.MeanRarity(record.Name, used, frequencies)), 1);
            if (adjustment != 0)
            {
                weight += adjustment;
            }
        }

        return weight;
    }
}

/// <summary>A link rule's comparisons made ready to weigh many pairs (see <see cref="FieldWeights"/>), in rule order.</summary>
internal sealed class RuleWeights
{
    public RuleWeights(LinkRule rule)
    {
        Rule = rule;
        Fields = [.. rule.Comparisons.Select(c => new FieldWeights(c, rule.RarityOf(c.Field)))];
    }

    public LinkRule Rule { get; }

    public FieldWeights[] Fields { get; }
}
