namespace ScanService.Match.Comparators;

/// <summary>Every field a rule can compare, by the name rule files use.</summary>
public static class ComparatorCatalog
{
    private static readonly IFieldComparator[] All =
        [new NameComparator(), new DateOfBirthComparator(), new PhoneComparator(), new PremisesComparator(), new IdentifierComparator()];

    private static readonly Dictionary<string, IFieldComparator> ByField = All.ToDictionary(c => c.Field, StringComparer.Ordinal);

    public static IEnumerable<string> Fields => ByField.Keys;

    public static bool TryGet(string field, out IFieldComparator comparator) => ByField.TryGetValue(field, out comparator!);

    public static IFieldComparator Get(string field) =>
        ByField.TryGetValue(field, out var comparator) ? comparator : throw new KeyNotFoundException($"no comparator for field '{field}'");
}
