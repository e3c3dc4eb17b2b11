namespace ScanService.Synthetic.Names;

/// <summary>
/// One name as a person holds it: the native spelling (with diacritics), other spellings of the same name met
/// in records (transliterations, common misspellings), and nicknames or short forms.
/// </summary>
internal sealed class NameEntry
{
    public NameEntry(string native, string[] variants, string[] nicknames)
    {
        Native = native;
        Variants = variants;
        Nicknames = nicknames;
        Key = FoldKey(native);
    }

    public string Native { get; }

    public string[] Variants { get; }

    public string[] Nicknames { get; }

    /// <summary>Lower-case ASCII letters only: two entries with the same key read as the same name.</summary>
    public string Key { get; }

    /// <summary>True when <paramref name="text"/> is this name, a variant or a nickname (ignoring case and accents).</summary>
    public bool Answers(string text)
    {
        var key = FoldKey(text);
        return key == Key || Variants.Any(v => FoldKey(v) == key) || Nicknames.Any(n => FoldKey(n) == key);
    }

    public override string ToString() => Native;

    public static string FoldKey(string text)
    {
        var ascii = Diacritics.Strip(text);
        Span<char> buffer = stackalloc char[ascii.Length];
        var length = 0;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
