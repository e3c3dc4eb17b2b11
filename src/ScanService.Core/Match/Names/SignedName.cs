using ScanService.Model;

namespace ScanService.Match.Names;

/// <summary>
/// The words of one name as <see cref="UnpairableWords"/> reads them first: each word's <see cref="WordSignature"/>
/// and each run of two or three neighbouring words as a <see cref="JoinedRun"/>, up to the alignment's word limit.
/// </summary>
internal readonly ref struct SignedName(ReadOnlySpan<WordSignature> words, ReadOnlySpan<JoinedRun> runs)
{
    /// <summary>Room for the runs of a name of <paramref name="words"/> words (see <see cref="Write"/>).</summary>
    public static int RunSlots(int words) => words * 2;

    public ReadOnlySpan<WordSignature> Words { get; } = words;

    public int Count => Words.Length;

    /// <summary>The run of <paramref name="count"/> (2 or 3) words from <paramref name="start"/>, as <see cref="NameTokens.JoinedKey"/> numbers them.</summary>
    public ref readonly JoinedRun Run(int start, int count) => ref _runs[(start * 2) + count - 2];

    private readonly ReadOnlySpan<JoinedRun> _runs = runs;

    /// <summary>The words the alignment looks at: the first <see cref="NameAlignment.MaxTokens"/>.</summary>
    public static int UsedWords(NameTokens name) => Math.Min(name.Count, NameAlignment.MaxTokens);

    /// <summary>
    /// Writes the signatures of <paramref name="name"/>'s used words into <paramref name="words"/> and of their runs
    /// into <paramref name="runs"/> (<see cref="RunSlots"/> of them); returns how many words.
    /// </summary>
    public static int Write(NameTokens name, Span<WordSignature> words, Span<JoinedRun> runs)
    {
        var count = UsedWords(name);
        var facts = name.Facts;
        for (var i = 0; i < count; i++)
        {
            words[i] = facts[i].Signature;
        }

        for (var start = 0; start < count - 1; start++)
        {
            var length = facts[start].Text.Length;
            for (var n = 2; n <= NameTokens.MaxJoinedWords && start + n <= count; n++)
            {
                length += facts[start + n - 1].Text.Length;
                var key = name.JoinedKey(start, n);
                runs[(start * 2) + n - 2] = new JoinedRun(length, words[start].First, key is not null, key is null ? 0 : WordSignature.KeyHashOf(key));
            }
        }

        return count;
    }
}

/// <summary>
/// The <see cref="SignedName"/>s of many owners' names (every subject's, or one record's) in three flat arrays:
/// the quick proof reads a subject's names from a few neighbouring cache lines instead of following the subject's
/// lists, names and words object by object for every candidate pair.
/// </summary>
internal sealed class NameSignatures
{
    private WordSignature[] _words = [];
    private JoinedRun[] _runs = [];
    private Entry[] _names = [];
    private int[] _firstName = [0];
    private int _wordCount;
    private int _runCount;
    private int _nameCount;
    private int _owners;
    private PersonName? _only;

    /// <summary>The names of each subject, in subject and name order.</summary>
    public static NameSignatures Of(IReadOnlyList<Subject> subjects)
    {
        var signatures = new NameSignatures();
        foreach (var subject in subjects)
        {
            foreach (var name in subject.Names)
            {
                signatures.Add(name.ComparisonFacts);
            }

            signatures.EndOwner();
        }

        return signatures;
    }

    /// <summary>
    /// Makes <paramref name="name"/> the only owner's only name, unless it already is: a record's name is signed when
    /// its first candidate needs it, once for all its candidates, and never for a record whose pairs settle without it.
    /// </summary>
    public void HoldOnly(PersonName name)
    {
        if (ReferenceEquals(_only, name))
        {
            return;
        }

        _wordCount = _runCount = _nameCount = _owners = 0;
        Add(name.ComparisonFacts);
        EndOwner();
        _only = name;
    }

    public void Add(NameTokens name)
    {
        var words = SignedName.UsedWords(name);
        var runs = SignedName.RunSlots(words);
        Grow(ref _words, _wordCount + words);
        Grow(ref _runs, _runCount + runs);
        Grow(ref _names, _nameCount + 1);
        SignedName.Write(name, _words.AsSpan(_wordCount, words), _runs.AsSpan(_runCount, runs));
        _names[_nameCount++] = new Entry(_wordCount, words, _runCount);
        _wordCount += words;
        _runCount += runs;
    }

    /// <summary>Closes the names added since the last owner as the next owner's.</summary>
    public void EndOwner()
    {
        Grow(ref _firstName, _owners + 2);
        _firstName[++_owners] = _nameCount;
    }

    /// <summary>How many names owner <paramref name="owner"/> has.</summary>
    public int NamesOf(int owner) => _firstName[owner + 1] - _firstName[owner];

    /// <summary>Where owner <paramref name="owner"/>'s names start among all names (see <see cref="NameAt"/>).</summary>
    public int FirstNameOf(int owner) => _firstName[owner];

    /// <summary>Name <paramref name="name"/> (in its owner's order) of owner <paramref name="owner"/>.</summary>
    public SignedName Name(int owner, int name) => NameAt(_firstName[owner] + name);

    /// <summary>The name at <paramref name="name"/> among all names, every owner's in turn.</summary>
    public SignedName NameAt(int name)
    {
        var entry = _names[name];
        return new SignedName(_words.AsSpan(entry.FirstWord, entry.Words), _runs.AsSpan(entry.FirstRun, SignedName.RunSlots(entry.Words)));
    }

    private static void Grow<T>(ref T[] array, int needed)
    {
        if (needed > array.Length)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }

    private readonly record struct Entry(int FirstWord, int Words, int FirstRun);
}
