namespace ScanService.Match.Text;

/// <summary>
/// American Soundex of one folded name token: a coarse sound key used only to choose which subjects to compare
/// (blocking), so that a typo or transliteration still lands the pair in the same block.
/// </summary>
public static class Soundex
{
    //                                       a b c d e f g h i j k l m n o p q r s t u v w x y z
    private static ReadOnlySpan<byte> Codes => "01230120022455012623010202"u8;

    public static string Encode(ReadOnlySpan<char> token)
    {
        Span<char> key = stackalloc char[4];
        var length = 0;
        var previous = (byte)0;
        foreach (var c in token)
        {
            if (c is < 'a' or > 'z')
            {
                continue;
            }

            var code = Codes[c - 'a'];
            if (length == 0)
            {
                key[length++] = char.ToUpperInvariant(c);
                previous = code;
                continue;
            }

            // h and w do not separate two letters with the same code; vowels do.
            if (c is 'h' or 'w')
            {
                continue;
            }

            if (code != (byte)'0' && code != previous)
            {
                key[length++] = (char)code;
                if (length == 4)
                {
                    break;
                }
            }

            previous = code;
        }

        if (length == 0)
        {
            return string.Empty;
        }

        while (length < 4)
        {
            key[length++] = '0';
        }

        return new string(key);
    }
}
