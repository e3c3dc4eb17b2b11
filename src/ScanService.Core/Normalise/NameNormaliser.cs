using ScanService.Model;

namespace ScanService.Normalise;

/// <summary>Turns the name columns of a record into folded forename and surname tokens.</summary>
public static class NameNormaliser
{
    /// <summary>
    /// Uses <paramref name="forename"/> and <paramref name="surname"/> when either holds a name; otherwise splits
    /// <paramref name="fullName"/> (see <see cref="FullNameSplitter"/>). Placeholders such as "Unknown", "N/K" or
    /// "N/A" count as empty, and a leading title (Mr, Mrs, Ms, Dr …) is dropped. Hyphenated and double surnames
    /// give one token per part.
    /// </summary>
    public static PersonName Normalise(string? forename, string? surname, string? fullName)
    {
        string[] forenames = NameTitles.StripLeading(FoldTokens(forename));
        string[] surnames = FoldTokens(surname);
        if (forenames.Length > 0 || surnames.Length > 0)
        {
            return new PersonName(forenames, surnames);
        }

        return string.IsNullOrWhiteSpace(fullName) ? PersonName.Empty : FullNameSplitter.Split(fullName);
    }

    /// <summary>Folds one name field into tokens; a placeholder or an empty field gives none.</summary>
    internal static string[] FoldTokens(ReadOnlySpan<char> field)
    {
        string folded = NameFolder.Fold(field);
        return folded.Length == 0 || NamePlaceholders.IsPlaceholder(folded) ? [] : folded.Split(' ');
    }
}
