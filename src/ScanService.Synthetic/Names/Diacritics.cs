using System.Collections.Frozen;
using System.Text;

namespace ScanService.Synthetic.Names;

/// <summary>
/// Drops diacritics the way UK systems and keyboards lose them (Nguyễn → Nguyen, Łukasz → Lukasz, Đặng → Dang).
/// </summary>
/// <remarks>
/// The service runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose,
/// so the letters used in the name lists are tabulated here. A test checks that every name folds to ASCII.
/// </remarks>
internal static class Diacritics
{
    private static readonly (char Base, string Marked)[] Groups =
    [
        ('a', "àáâãäåāăąảạằắẳẵặầấẩẫậ"),
        ('c', "çćčĉċ"),
        ('d', "ďđ"),
        ('e', "èéêëēĕėęěẻẽẹềếểễệ"),
        ('g', "ğģ"),
        ('i', "ìíîïĩīįıỉị"),
        ('k', "ķ"),
        ('l', "ĺľłļ"),
        ('n', "ñńňņ"),
        ('o', "òóôõöøōőỏọồốổỗộơờớởỡợ"),
        ('r', "ŕř"),
        ('s', "śšşșŝ"),
        ('t', "ťţț"),
        ('u', "ùúûüũūůűųủụưừứửữự"),
        ('y', "ýÿỳỷỹỵ"),
        ('z', "źżž"),
    ];

    private static readonly FrozenDictionary<char, char> Folding = BuildFolding();

    public static bool HasAny(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return true;
            }
        }

        return false;
    }

    public static string Strip(string text)
    {
        if (!HasAny(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c > '\u007F' && Folding.TryGetValue(c, out var folded) ? folded : c);
        }

        return builder.ToString();
    }

    private static FrozenDictionary<char, char> BuildFolding()
    {
        var map = new Dictionary<char, char>();
        foreach (var (baseLetter, marked) in Groups)
        {
            foreach (var c in marked)
            {
                map[c] = baseLetter;
                var upper = char.ToUpperInvariant(c);
                if (upper != c && upper > '\u007F')
                {
                    map[upper] = char.ToUpperInvariant(baseLetter);
                }
            }
        }

        return map.ToFrozenDictionary();
    }
}
