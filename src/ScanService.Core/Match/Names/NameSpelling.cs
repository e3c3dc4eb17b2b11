namespace ScanService.Match.Names;

/// <summary>
/// The first step of the spelling key: rewrites the letter groups that transliterations and national spellings
/// write differently for one sound, so that what is left to differ is the vowels.
/// </summary>
/// <remarks>
/// ph → f, sch → sh, tch → ch, ck/q/hard c → k, soft c → s, th → t, dh → d, dj/dzh → j, ou/oo → u, ee → i,
/// x → ks (not first), y used as a vowel → i, doubled letters once; at the end: ie → i, -aye → -ay (Tesfaye),
/// a silent h after a vowel (Sarah), -ich → -ic (Petrovich), and t → d in longer names (Ahmet, Mehmet: Turkish
/// final devoicing). The Arabic "servant of" particle is one form whatever its vowel or assimilation:
/// Abdul-, Abdel-, Abdal-, Abdur-r-, Abdi- (Somali) → abdal-.
/// </remarks>
internal static class NameSpelling
{
    /// <summary>Writes the rewritten token; <paramref name="output"/> must hold twice the token plus two.</summary>
    public static int Normalise(ReadOnlySpan<char> token, Span<char> output)
    {
        var end = EffectiveEnd(token);
        var writer = new LetterWriter(output);
        var i = Particle(token, end, ref writer);
        while (i < end)
        {
            i = Step(token, i, end, ref writer);
        }

        return writer.Length;
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int EffectiveEnd(ReadOnlySpan<char> token)
    {
        var end = token.Length;
        if (end >= 5 && token[end - 1] == 'e' && token[end - 2] == 'y' && IsVowel(token[end - 3]))
        {
            end--;
        }

        if (end >= 4 && token[end - 1] == 'h' && IsVowel(token[end - 2]))
        {
            end--;
        }

        if (end >= 6 && token[..end].EndsWith("ich"))
        {
            end--;
        }

        return end;
    }

    private static int Particle(ReadOnlySpan<char> token, int end, ref LetterWriter writer)
    {
        if (end < 5 || !token.StartsWith("abd") || !IsVowel(token[3]))
        {
            return 0;
        }

        var v = IsVowel(token[4]) ? 5 : 4;
        if (v >= end)
        {
            return 0;
        }

        int next;
        if (token[v] == 'l')
        {
            next = v + 1;
        }
        else if (v + 1 < end && token[v] == token[v + 1] && !IsVowel(token[v]))
        {
            // Abdur-rahman: the article's l has become the sun letter that follows it.
            next = v + 1;
        }
        else if (!IsVowel(token[v]) && end - v >= 3)
        {
            next = v;
        }
        else
        {
            return 0;
        }

        writer.Append("abdal");
        return next;
    }

    private static int Step(ReadOnlySpan<char> token, int i, int end, ref LetterWriter writer)
    {
        var rest = token[i..end];
        var c = rest[0];
        var next = rest.Length > 1 ? rest[1] : '\0';
        switch (c)
        {
            case 's' when rest.StartsWith("sch"):
                writer.Append("sh");
                return i + 3;
            case 't' when rest.StartsWith("tch"):
                writer.Append("ch");
                return i + 3;
            case 'd' when rest.StartsWith("dzh"):
                writer.Append('j');
                return i + 3;
            case 'p' when next == 'h':
                writer.Append('f');
                return i + 2;
            case 'c' when next == 'h':
                writer.Append("ch");
                return i + 2;
            case 'c' when next == 'k':
                writer.Append('k');
                return i + 2;
            case 'c':
                writer.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                return i + 1;
            case 't' when next == 'h':
                writer.Append('t');
                return i + 2;
            case 'd' when next == 'h':
                writer.Append('d');
                return i + 2;
            case 'd' when next == 'j':
                writer.Append('j');
                return i + 2;
            case 'o' when next is 'u' or 'o':
                writer.Append('u');
                return i + 2;
            case 'e' when next == 'e':
                writer.Append('i');
                return i + 2;
            case 'i' when next == 'e' && i + 2 == end:
                writer.Append('i');
                return i + 2;
            case 'q':
                writer.Append('k');
                return i + 1;
            case 'x' when i > 0:
                writer.Append("ks");
                return i + 1;
            case 'y':
                writer.Append(IsConsonantY(token, i, end) ? 'y' : 'i');
                return i + 1;
            case 't' when i == end - 1 && end >= 5:
                writer.Append('d');
                return i + 1;
            default:
                writer.Append(c);
                return i + 1;
        }
    }

    /// <summary>Y is a consonant first (Yusuf) or between vowels (Maya, Nguyen); elsewhere a vowel (Bryan, Tesfay).</summary>
    private static bool IsConsonantY(ReadOnlySpan<char> token, int i, int end) =>
        i == 0 || (IsVowel(token[i - 1]) && i + 1 < end && IsVowel(token[i + 1]));

    /// <summary>Appends letters, writing a letter that repeats the previous one only once.</summary>
    private ref struct LetterWriter(Span<char> output)
    {
        private readonly Span<char> _output = output;

        public int Length { get; private set; }

        public void Append(char c)
        {
            if (Length == 0 || _output[Length - 1] != c)
            {
                _output[Length++] = c;
            }
        }

        public void Append(ReadOnlySpan<char> letters)
        {
            foreach (var c in letters)
            {
                Append(c);
            }
        }
    }
}
