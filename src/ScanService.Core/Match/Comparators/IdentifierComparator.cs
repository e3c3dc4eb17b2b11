using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// Official reference numbers of the same kind (national insurance, passport…). One keying slip — a single
/// character wrong or two neighbours swapped — is its own level: numbers are copied by hand from documents.
/// </summary>
public sealed class IdentifierComparator : IFieldComparator
{
    public const string OneEdit = "one_edit";

    public string Field => "identifier";

    public IReadOnlyList<string> Levels { get; } = [Comparators.Levels.Exact, OneEdit, Comparators.Levels.Different, Comparators.Levels.Missing];

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.Identifiers.Length == 0 || subject.Identifiers.Count == 0)
        {
            return new(Comparators.Levels.Missing);
        }

        var best = Comparators.Levels.Missing;
        string? kind = null;
        foreach (var identifier in record.Identifiers)
        {
            foreach (var known in subject.Identifiers)
            {
                if (!string.Equals(identifier.Kind, known.Kind, StringComparison.Ordinal))
                {
                    continue;
                }

                if (string.Equals(identifier.Value, known.Value, StringComparison.Ordinal))
                {
                    return new(Comparators.Levels.Exact, identifier.Kind);
                }

                if (IsOneEdit(identifier.Value, known.Value))
                {
                    (best, kind) = (OneEdit, identifier.Kind);
                }
                else if (best == Comparators.Levels.Missing)
                {
                    (best, kind) = (Comparators.Levels.Different, identifier.Kind);
                }
            }
        }

        return new(best, kind);
    }

    /// <summary>Same length, and either one position differs or two neighbouring positions are swapped.</summary>
    public static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = a.CommonPrefixLength(b);
        if (first == a.Length)
        {
            return false;
        }

        if (a[(first + 1)..].SequenceEqual(b[(first + 1)..]))
        {
            return true;
        }

        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
    }
}
