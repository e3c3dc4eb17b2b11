namespace ScanService.Match.Text;

/// <summary>The two Double Metaphone keys of a word; <see cref="Alternate"/> equals <see cref="Primary"/> when the
/// algorithm saw no second pronunciation.</summary>
public readonly record struct MetaphoneKeys(string Primary, string Alternate)
{
    public static readonly MetaphoneKeys Empty = new(string.Empty, string.Empty);

    /// <summary>True when any key of one word equals any key of the other: the two may sound alike.</summary>
    public bool SharesKeyWith(MetaphoneKeys other) =>
        Primary.Length > 0 && other.Primary.Length > 0 &&
        (Primary == other.Primary || Primary == other.Alternate || Alternate == other.Primary || Alternate == other.Alternate);
}

/// <summary>
/// Lawrence Philips' Double Metaphone (C/C++ Users Journal, June 2000), written from the published rules: a sound
/// key for names of many origins, with an alternate key where a spelling has two common pronunciations
/// (Smith → SM0/XMT, Schmidt → XMT/SMT share XMT). Works on folded lower-case ASCII tokens.
/// </summary>
/// <remarks>
/// The standard key length is 4. Comparing whole names wants more: four sounds cannot tell Gebremedhin from
/// Gebremeskel, so callers may ask for longer keys. Nothing is allocated but the result strings.
/// </remarks>
public static partial class DoubleMetaphone
{
    public const int StandardLength = 4;

    /// <summary>Longest key returned whatever is asked; enough for any real name.</summary>
    public const int MaxLength = 32;

    // Longer input only matters to keys beyond MaxLength sounds, which are never returned.
    private const int MaxInput = 96;

    // Lookahead past the end reads as spaces, the word boundary of the published rules ("-IER ", "JOSE ").
    private const int Padding = 6;

    public static MetaphoneKeys Encode(ReadOnlySpan<char> token, int maxLength = StandardLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        maxLength = Math.Min(maxLength, MaxLength);
        if (token.Length > MaxInput)
        {
            token = token[..MaxInput];
        }

        Span<char> word = stackalloc char[MaxInput + Padding];
        var length = 0;
        foreach (var c in token)
        {
            word[length++] = char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) : ' ';
        }

        while (length > 0 && word[length - 1] == ' ')
        {
            length--;
        }

        if (length == 0)
        {
            return MetaphoneKeys.Empty;
        }

        word[length..(length + Padding)].Fill(' ');
        Span<char> primary = stackalloc char[maxLength];
        Span<char> alternate = stackalloc char[maxLength];
        var encoder = new Encoder(word[..(length + Padding)], length, primary, alternate);
        encoder.Run();
        return encoder.Result();
    }

    /// <summary>The state of one encoding: the word, the position reached and the two keys built so far.</summary>
    private ref partial struct Encoder
    {
        private readonly ReadOnlySpan<char> _word;
        private readonly int _length;
        private readonly int _last;
        private readonly bool _slavoGermanic;
        private readonly Span<char> _primary;
        private readonly Span<char> _alternate;
        private int _primaryLength;
        private int _alternateLength;
        private int _current;

        public Encoder(ReadOnlySpan<char> padded, int length, Span<char> primary, Span<char> alternate)
        {
            _word = padded;
            _length = length;
            _last = length - 1;
            _primary = primary;
            _alternate = alternate;
            var text = padded[..length];
            // Slavic and Germanic spellings keep some letters hard that English softens.
            _slavoGermanic = text.Contains('W') || text.Contains('K') || text.IndexOf("CZ") >= 0;
        }

        public void Run()
        {
            // Silent first letters: GNome, KNight, PNeumatic, WRite, PSychology.
            if (Is(0, "GN", "KN", "PN", "WR", "PS"))
            {
                _current = 1;
            }

            // Xavier: an initial X sounds S.
            if (At(0) == 'X')
            {
                Add("S");
                _current = 1;
            }

            while ((_primaryLength < _primary.Length || _alternateLength < _alternate.Length) && _current < _length)
            {
                switch (At(_current))
                {
                    case 'A' or 'E' or 'I' or 'O' or 'U' or 'Y':
                        // Only a leading vowel is kept, and all vowels sound alike.
                        if (_current == 0)
                        {
                            Add("A");
                        }

                        _current++;
                        break;
                    case 'B': Single('B', "P"); break;
                    case 'C': C(); break;
                    case 'D': D(); break;
                    case 'F': Single('F', "F"); break;
                    case 'G': G(); break;
                    case 'H': H(); break;
                    case 'J': J(); break;
                    case 'K': Single('K', "K"); break;
                    case 'L': L(); break;
                    case 'M': M(); break;
                    case 'N': Single('N', "N"); break;
                    case 'P': P(); break;
                    case 'Q': Single('Q', "K"); break;
                    case 'R': R(); break;
                    case 'S': S(); break;
                    case 'T': T(); break;
                    case 'V': Single('V', "F"); break;
                    case 'W': W(); break;
                    case 'X': X(); break;
                    case 'Z': Z(); break;
                    default: _current++; break;
                }
            }
        }

        public readonly MetaphoneKeys Result()
        {
            var primary = new string(_primary[.._primaryLength]);
            var alternate = _alternate[.._alternateLength];
            return new(primary, alternate.SequenceEqual(primary) ? primary : new string(alternate));
        }

        /// <summary>A letter with one sound whatever surrounds it; a doubled letter sounds once.</summary>
        private void Single(char letter, string sound)
        {
            _current += At(_current + 1) == letter ? 2 : 1;
            Add(sound);
        }

        private void D()
        {
            var i = _current;
            if (Is(i, "DG"))
            {
                // edge → J; Edgar → TK
                if (Is(i + 2, "I", "E", "Y"))
                {
                    Add("J");
                    _current += 3;
                }
                else
                {
                    Add("TK");
                    _current += 2;
                }

                return;
            }

            _current += Is(i, "DT", "DD") ? 2 : 1;
            Add("T");
        }

        private void H()
        {
            var i = _current;
            // H sounds only at the start of a word or between vowels (Heidi, Mohammed); elsewhere it is silent.
            if ((i == 0 || IsVowel(i - 1)) && IsVowel(i + 1))
            {
                Add("H");
                _current += 2;
            }
            else
            {
                _current++;
            }
        }

        private void J()
        {
            var i = _current;
            if (Is(i, "JOSE") || Is(0, "SAN "))
            {
                // Spanish: José, San Jacinto.
                if ((i == 0 && At(i + 4) == ' ') || Is(0, "SAN "))
                {
                    Add("H");
                }
                else
                {
                    Add("J", "H");
                }

                _current++;
                return;
            }

            if (i == 0)
            {
                // Jankelowicz can be Yankelovich.
                Add("J", "A");
            }
            else if (IsVowel(i - 1) && !_slavoGermanic && At(i + 1) is 'A' or 'O')
            {
                // Spanish between vowels: bajador.
                Add("J", "H");
            }
            else if (i == _last)
            {
                Add("J", string.Empty);
            }
            else if (!Is(i + 1, "L", "T", "K", "S", "N", "M", "B", "Z") && !Is(i - 1, "S", "K", "L"))
            {
                Add("J");
            }

            _current += At(i + 1) == 'J' ? 2 : 1;
        }

        private void L()
        {
            var i = _current;
            if (At(i + 1) != 'L')
            {
                _current++;
                Add("L");
                return;
            }

            // Spanish -illo, -illa, -alle (Cabrillo, Gallegos): the LL may sound Y, so the alternate drops it.
            var spanish = (i == _length - 3 && Is(i - 1, "ILLO", "ILLA", "ALLE")) ||
                ((Is(_last - 1, "AS", "OS") || Is(_last, "A", "O")) && Is(i - 1, "ALLE"));
            _current += 2;
            if (spanish)
            {
                Add("L", string.Empty);
            }
            else
            {
                Add("L");
            }
        }

        private void M()
        {
            var i = _current;
            // dumb, thumb: the B after M is silent; a doubled M sounds once.
            var silentB = Is(i - 1, "UMB") && (i + 1 == _last || Is(i + 2, "ER"));
            _current += silentB || At(i + 1) == 'M' ? 2 : 1;
            Add("M");
        }

        private void P()
        {
            var i = _current;
            if (At(i + 1) == 'H')
            {
                Add("F");
                _current += 2;
                return;
            }

            // Campbell, raspberry.
            _current += Is(i + 1, "P", "B") ? 2 : 1;
            Add("P");
        }

        private void R()
        {
            var i = _current;
            // French final -ier (Rogier) may drop the R, but not Germanic -meier.
            if (i == _last && !_slavoGermanic && Is(i - 2, "IE") && !Is(i - 4, "ME", "MA"))
            {
                Add(string.Empty, "R");
            }
            else
            {
                Add("R");
            }

            _current += At(i + 1) == 'R' ? 2 : 1;
        }

        private readonly char At(int index) => index < 0 ? '\0' : index < _word.Length ? _word[index] : ' ';

        private readonly bool IsVowel(int index) => index >= 0 && index < _length && At(index) is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

        /// <summary>True when one of <paramref name="options"/> is written at <paramref name="start"/>.</summary>
        private readonly bool Is(int start, params ReadOnlySpan<string> options)
        {
            if (start < 0)
            {
                return false;
            }

            foreach (var option in options)
            {
                var k = 0;
                while (k < option.Length && At(start + k) == option[k])
                {
                    k++;
                }

                if (k == option.Length)
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(string sound) => Add(sound, sound);

        /// <summary>Adds a sound to both keys and moves past the letters that made it.</summary>
        private void Advance(string sound, int letters)
        {
            Add(sound);
            _current += letters;
        }

        /// <summary>Appends to each key; an empty string adds nothing to that key. Keys stop at their length.</summary>
        private void Add(string primary, string alternate)
        {
            foreach (var c in primary)
            {
                if (_primaryLength < _primary.Length)
                {
                    _primary[_primaryLength++] = c;
                }
            }

            foreach (var c in alternate)
            {
                if (_alternateLength < _alternate.Length)
                {
                    _alternate[_alternateLength++] = c;
                }
            }
        }
    }
}
