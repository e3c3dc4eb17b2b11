using System.Runtime.InteropServices;
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
    public static PersonName Normalise(string? forename, string? surname, string? fullName) =>
        Normalise(forename, surname, fullName, UnsharedValues.Instance);

    /// <summary>The same, with tokens and names from <paramref name="sharing"/>.</summary>
    /// <remarks>
    /// Folded text stays in a stack buffer and tokens are gathered in the thread's lists: a token or a name already
    /// held by the pool is found by its characters, so a repeated name costs no string, no array and no name object.
    /// </remarks>
    internal static PersonName Normalise(string? forename, string? surname, string? fullName, IValueSharing sharing)
    {
        var scratch = NameTokenScratch.Start();
        AddTokens(forename, scratch.Forenames, sharing);
        NameTitles.StripLeading(scratch.Forenames);
        AddTokens(surname, scratch.Surnames, sharing);
        if (scratch.Forenames.Count > 0 || scratch.Surnames.Count > 0)
        {
            return scratch.Name(sharing);
        }

        return string.IsNullOrWhiteSpace(fullName) ? PersonName.Empty : FullNameSplitter.Split(fullName, sharing, scratch);
    }

    /// <summary>Adds the folded tokens of one name field; a placeholder or an empty field adds none.</summary>
    internal static void AddTokens(ReadOnlySpan<char> field, List<string> tokens, IValueSharing sharing)
    {
        if (field.IsEmpty)
        {
            return;
        }

        Span<char> buffer = field.Length <= NameFolder.StackInputLimit
            ? stackalloc char[field.Length * DiacriticFolding.MaxExpansion]
            : new char[field.Length * DiacriticFolding.MaxExpansion];
        var folded = buffer[..NameFolder.FoldInto(field, buffer, keepDigits: false)];
        if (folded.IsEmpty || NamePlaceholders.IsPlaceholder(folded))
        {
            return;
        }

        AddFolded(folded, tokens, sharing);
    }

    /// <summary>Adds each space-separated token of folded text.</summary>
    internal static void AddFolded(ReadOnlySpan<char> folded, List<string> tokens, IValueSharing sharing)
    {
        foreach (var range in folded.Split(' '))
        {
            tokens.Add(sharing.Token(folded[range]));
        }
    }
}

/// <summary>One thread's lists for gathering a name's tokens before the name is made or found.</summary>
internal sealed class NameTokenScratch
{
    [ThreadStatic]
    private static NameTokenScratch? _current;

    public List<string> Forenames { get; } = new(4);

    public List<string> Surnames { get; } = new(4);

    /// <summary>The tokens of every word of a full name, in order; <see cref="FullNameSplitter"/> deals them out.</summary>
    public List<string> WordTokens { get; } = new(8);

    /// <summary>The thread's lists, emptied.</summary>
    public static NameTokenScratch Start()
    {
        var scratch = _current ??= new NameTokenScratch();
        scratch.Forenames.Clear();
        scratch.Surnames.Clear();
        scratch.WordTokens.Clear();
        return scratch;
    }

    public PersonName Name(IValueSharing sharing) =>
        sharing.Name(CollectionsMarshal.AsSpan(Forenames), CollectionsMarshal.AsSpan(Surnames));
}
