using ScanService.Match.Names;

namespace ScanService.Model;

/// <summary>
/// A name folded to comparable tokens: lower case, ASCII letters only (diacritics removed), one token per
/// word. Forenames keep their written order; surnames hold every family-name token (double, hyphenated).
/// </summary>
public sealed class PersonName
{
    public static readonly PersonName Empty = new([], []);

    private string[]? _tokens;
    private NameTokens? _comparisonFacts;

    public PersonName(string[] forenames, string[] surnames)
    {
        Forenames = forenames;
        Surnames = surnames;
    }

    public string[] Forenames { get; }

    public string[] Surnames { get; }

    public bool IsEmpty => Forenames.Length == 0 && Surnames.Length == 0;

    /// <summary>
    /// Every token, forenames first, built once: the positions a <see cref="TokenAgreement"/> refers to.
    /// </summary>
    public IReadOnlyList<string> Tokens => _tokens ??= [.. Forenames, .. Surnames];

    /// <summary>
    /// Spelling keys, sound keys and nickname entries of the tokens, worked out on first comparison and kept:
    /// a name is compared with many others each night. Racing threads may both build it; either result is the same.
    /// </summary>
    internal NameTokens ComparisonFacts => Volatile.Read(ref _comparisonFacts) ?? BuildComparisonFacts();

    public override string ToString() => $"{string.Join(' ', Forenames)} | {string.Join(' ', Surnames)}";

    private NameTokens BuildComparisonFacts()
    {
        var facts = NameTokens.Of(this);
        return Interlocked.CompareExchange(ref _comparisonFacts, facts, null) ?? facts;
    }
}
