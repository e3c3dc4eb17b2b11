namespace ScanService.Model;

/// <summary>
/// A name folded to comparable tokens: lower case, ASCII letters only (diacritics removed), one token per
/// word. Forenames keep their written order; surnames hold every family-name token (double, hyphenated).
/// </summary>
public sealed class PersonName
{
    public static readonly PersonName Empty = new([], []);

    public PersonName(string[] forenames, string[] surnames)
    {
        Forenames = forenames;
        Surnames = surnames;
    }

    public string[] Forenames { get; }

    public string[] Surnames { get; }

    public bool IsEmpty => Forenames.Length == 0 && Surnames.Length == 0;

    /// <summary>Every token, forenames first: what order-insensitive comparison works on.</summary>
    public IEnumerable<string> AllTokens => Forenames.Concat(Surnames);

    public override string ToString() => $"{string.Join(' ', Forenames)} | {string.Join(' ', Surnames)}";
}
