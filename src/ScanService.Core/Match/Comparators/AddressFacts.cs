using System.Numerics;
using ScanService.Match.Text;
using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// What <see cref="PremisesComparator"/> first asks of an address, as numbers: a hash of each part (0 when the part
/// is not given), and the length and character bits of the street and town for a bound on their similarity. A pair's
/// parts whose hashes differ are different without reading either text; only equal hashes are confirmed on the
/// texts, and only a street or town the bound cannot rule out is compared in full — so the level is the comparator's.
/// </summary>
internal readonly struct AddressFacts
{
    // Above this the bound's arithmetic is not trusted: such texts are always compared in full.
    private const int MaxBoundedLength = 255;

    // The bound is an over-estimate; this only keeps rounding from making it an under-estimate.
    private const double BoundMargin = 1e-6;

    public AddressFacts(ParsedAddress address)
    {
        Postcode = HashOf(address.Postcode);
        Building = HashOf(address.Building);
        Street = HashOf(address.Street);
        Town = HashOf(address.Town);
        Flat = HashOf(address.Flat);
        StreetLetters = LettersOf(address.Street);
        TownLetters = LettersOf(address.Town);
        StreetLength = address.Street?.Length ?? 0;
        TownLength = address.Town?.Length ?? 0;
    }

    public int Postcode { get; }

    public int Building { get; }

    public int Street { get; }

    public int Town { get; }

    public int Flat { get; }

    public ulong StreetLetters { get; }

    public ulong TownLetters { get; }

    public int StreetLength { get; }

    public int TownLength { get; }

    /// <summary>
    /// As <c>a == b</c> on two parts (null equal to null) whose hashes are <paramref name="hashA"/> and
    /// <paramref name="hashB"/>: the texts are read only when the hashes agree.
    /// </summary>
    public static bool Same(int hashA, string? a, int hashB, string? b) => hashA == hashB && (hashA == 0 || string.Equals(a, b, StringComparison.Ordinal));

    /// <summary>
    /// False when two texts of these lengths and character bits (<see cref="JaroWinkler.LettersOf"/>) cannot reach
    /// <paramref name="threshold"/> by <see cref="JaroWinkler.SimilarityFrom"/>: Jaro matches at most the characters
    /// whose bits the other text has too, and the Winkler prefix adds at most 0.4 of what Jaro leaves.
    /// </summary>
    public static bool MayReach(int lengthA, ulong lettersA, int lengthB, ulong lettersB, double threshold)
    {
        if (lengthA == 0 || lengthB == 0)
        {
            return false;
        }

        if (lengthA > MaxBoundedLength || lengthB > MaxBoundedLength)
        {
            return true;
        }

        double matched = Math.Min(lengthA - BitOperations.PopCount(lettersA & ~lettersB), lengthB - BitOperations.PopCount(lettersB & ~lettersA));
        if (matched <= 0)
        {
            return false;
        }

        var jaro = ((matched / lengthA) + (matched / lengthB) + 1) / 3.0;
        return jaro + (0.4 * (1 - jaro)) >= threshold - BoundMargin;
    }

    // Never 0 for a text, so that a part given never has the hash of a part missing.
    private static int HashOf(string? text) => text is null ? 0 : text.GetHashCode() | 1;

    private static ulong LettersOf(string? text) => text is null ? 0 : JaroWinkler.LettersOf(text);
}
