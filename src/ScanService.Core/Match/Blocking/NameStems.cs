using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>
/// The name half of the name-and-something blocking keys. A name of two or more words gives, for every ordered
/// pair of words, the sound of one plus the initial of the other: word order and which part was called the
/// surname do not matter, and a typo in one word still leaves the pair keyed by the other word's sound. Two words
/// rather than one keep a common forename (every "Mohammed" born in 1990) from making a block of its own.
/// A one-word name (an NRM referral that gives only "Tesfay") gives that word's sound alone, and subjects also
/// file every word on its own so that such a record still finds them.
/// </summary>
internal static class NameStems
{
    public static NameStemEnumerator ForRecord(PersonName name) =>
        UsableWords(name) >= 2
            ? new(name.Tokens, pairs: true, singles: false, RecordSounds.Of(name.Tokens))
            : new(name.Tokens, pairs: false, singles: true, RecordSounds.Of(name.Tokens));

    public static NameStemEnumerator ForSubject(PersonName name) => new(name.Tokens, pairs: true, singles: true);

    private static int UsableWords(PersonName name)
    {
        // Indexed, not enumerated: enumerating the list through its interface would allocate for every record.
        var tokens = name.Tokens;
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            count += tokens[i].Length > 0 ? 1 : 0;
        }

        return count;
    }
}

/// <summary>One name stem: the sound of a word and the initial of another, or (initial <c>\0</c>) a word's sound alone.</summary>
internal readonly record struct NameStem(string Sound, char Initial)
{
    private const string SingleWord = "1:";

    /// <summary>Starts a key with the stem: <c>M530:a</c>, or <c>1:M530</c> for a word alone.</summary>
    public KeyWriter StartKey(KeyWriter keys) =>
        Initial == '\0' ? keys.Start().Append(SingleWord).Append(Sound) : keys.Start().Append(Sound).Append(':').Append(Initial);
}

/// <summary>
/// The stems of one name, worked out as they are read: pairs of the first <see cref="MaxWords"/> words (a word of
/// two letters or more for the sound, any other word for the initial), then each word of two letters or more alone.
/// </summary>
internal struct NameStemEnumerator(IReadOnlyList<string> tokens, bool pairs, bool singles, string[]? sounds = null)
{
    private const int MaxWords = 6;

    private readonly int _pairWords = Math.Min(tokens.Count, MaxWords);
    private bool _pairs = pairs;
    private int _i = -1;
    private int _j;
    private string _sound = "";

    public NameStem Current { get; private set; }

    public readonly NameStemEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_pairs && NextPair())
        {
            return true;
        }

        if (_pairs)
        {
            _pairs = false;
            _i = -1;
        }

        return singles && NextSingle();
    }

    private bool NextPair()
    {
        while (true)
        {
            if (_i >= 0)
            {
                for (_j++; _j < _pairWords; _j++)
                {
                    if (_j != _i && tokens[_j].Length > 0)
                    {
                        Current = new NameStem(_sound, tokens[_j][0]);
                        return true;
                    }
                }
            }

            do
            {
                if (++_i >= _pairWords)
                {
                    return false;
                }
            }
            while (tokens[_i].Length < 2);

            _sound = SoundOf(_i);
            _j = -1;
        }
    }

    private bool NextSingle()
    {
        while (++_i < tokens.Count)
        {
            if (tokens[_i].Length >= 2)
            {
                Current = new NameStem(SoundOf(_i), '\0');
                return true;
            }
        }

        return false;
    }

    private readonly string SoundOf(int i) => sounds is null ? SoundKey.Of(tokens[i]) : sounds[i];
}

/// <summary>
/// The sound keys of the words of the record whose keys are being written: the name-and-year, name-and-birthday and
/// name-and-street blockers each key every word of a record's name, and the three looked each word up in turn.
/// </summary>
internal static class RecordSounds
{
    [ThreadStatic]
    private static IReadOnlyList<string>? _tokens;

    [ThreadStatic]
    private static string[]? _sounds;

    /// <summary>
    /// The sound key of each word of two letters or more (others: empty), by position. The array is the thread's
    /// own and is overwritten for the next name: it is read only while that name's keys are written.
    /// </summary>
    public static string[] Of(IReadOnlyList<string> tokens)
    {
        var sounds = _sounds;
        if (ReferenceEquals(_tokens, tokens) && sounds is not null)
        {
            return sounds;
        }

        if (sounds is null || sounds.Length < tokens.Count)
        {
            sounds = new string[Math.Max(8, tokens.Count)];
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            sounds[i] = tokens[i].Length >= 2 ? SoundKey.Of(tokens[i]) : string.Empty;
        }

        _sounds = sounds;
        _tokens = tokens;
        return sounds;
    }
}
