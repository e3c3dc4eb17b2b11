using System.Numerics;
using System.Runtime.CompilerServices;
using ScanService.Match.Text;

namespace ScanService.Match.Names;

/// <summary>
/// A few numbers about one word from which <see cref="UnpairableWords"/> tells, with a handful of integer operations,
/// that no rule of <see cref="TokenRules"/> could pair it with another word: most words of two unrelated names.
/// </summary>
/// <remarks>
/// Each part is implied by its rule, never the other way round: equal texts and keys have equal hashes, a nickname
/// pairing shares a group bit, sound-alikes share their sound tag and a metaphone bit, a typo needs enough letters in
/// common, an initial the same first letter. So <see cref="MayPair"/> false proves the rules false; true only means
/// the rules are asked. The words are read from the word's facts, and kept in arrays per name (no pointer to follow).
/// </remarks>
internal readonly struct WordSignature
{
    // Above this a typo bound in whole numbers could miss the double arithmetic's margin: such words are always asked.
    private const int MaxBoundedLength = 255;

    private const int MinSoundAlikeLength = 5;

    private readonly int _textHash;
    private readonly int _keyHash;
    private readonly ulong _letters;
    private readonly ulong _soundBits;
    private readonly int _soundTag;
    private readonly uint _nicknameSelf;
    private readonly uint _nicknameHead;
    private readonly uint _nicknameMember;
    private readonly uint _nicknameSibling;
    private readonly ushort _length;
    private readonly char _first;
    private readonly bool _hasNickname;

    /// <summary>The signature of a word with these facts (those of <see cref="TokenFacts"/>).</summary>
    public WordSignature(string text, string key, MetaphoneKeys sound, NicknameEntry? nickname)
    {
        _textHash = text.GetHashCode();
        _keyHash = KeyHashOf(key);
        _letters = JaroWinkler.LettersOf(text);
        _length = (ushort)Math.Min(text.Length, ushort.MaxValue);
        _first = text.Length > 0 ? text[0] : '\0';
        _soundBits = Bit64(sound.Primary) | Bit64(sound.Alternate);
        _soundTag = SoundTagOf(text, key);
        if (nickname is not null)
        {
            _hasNickname = true;
            _nicknameSelf = Bit32(RuntimeHelpers.GetHashCode(nickname));
            _nicknameHead = nickname.HeadOf >= 0 ? Bit32(nickname.HeadOf) : 0;
            _nicknameMember = Bits32(nickname.MemberOf);
            _nicknameSibling = Bits32(nickname.SiblingGroups);
        }
    }

    /// <summary>The length of the word's text.</summary>
    public int Length => _length;

    /// <summary>False when no rule of <see cref="TokenRules"/> pairs the two words, whichever is asked first.</summary>
    public static bool MayPair(in WordSignature a, in WordSignature b) =>
        a._textHash == b._textHash || a._keyHash == b._keyHash ||
        ((a._length == 1 || b._length == 1) && a._first == b._first) ||
        (a._hasNickname && b._hasNickname && MayBeNicknames(a, b)) ||
        (a._soundTag != 0 && a._soundTag == b._soundTag && (a._soundBits & b._soundBits) != 0) ||
        MayBeTypo(a, b);

    /// <summary>
    /// False when words written together (their joined length, first letter and spelling key: a <see cref="JoinedRun"/>)
    /// cannot be <paramref name="whole"/> by <see cref="TokenRules.JoinsTo"/> or <see cref="TokenRules.JoinsBySpelling"/>.
    /// </summary>
    public static bool MayJoin(in WordSignature whole, in JoinedRun run) =>
        (run.Length == whole._length && run.First == whole._first) || (run.HasKey && run.KeyHash == whole._keyHash);

    /// <summary>The hash a joined run's spelling key is compared by: the same as a word's key.</summary>
    public static int KeyHashOf(string key) => key.GetHashCode();

    /// <summary>The word's first character, or <c>\0</c> for an empty word.</summary>
    public char First => _first;

    // AreEquivalent: the same entry, one's group among the other's, or a sibling group in common.
    private static bool MayBeNicknames(in WordSignature a, in WordSignature b) =>
        ((a._nicknameSelf & b._nicknameSelf) | (a._nicknameHead & b._nicknameMember) |
         (b._nicknameHead & a._nicknameMember) | (a._nicknameSibling & b._nicknameSibling)) != 0;

    /// <summary>
    /// The typo test passes only when <see cref="JaroWinkler.LettersBound"/> reaches the typo similarity. That bound is
    /// at most 0.6 Jaro + 0.4 (a full four-letter prefix), so Jaro must reach 0.8: m/|a| + m/|b| ≥ 1.4 for the letters
    /// m the bits allow, i.e. 5m(|a| + |b|) ≥ 7|a||b| in whole numbers (short words leave a gap far wider than the margin).
    /// </summary>
    private static bool MayBeTypo(in WordSignature a, in WordSignature b)
    {
        int la = a._length, lb = b._length;
        if (la < 2 || lb < 2)
        {
            return false;
        }

        if (la > MaxBoundedLength || lb > MaxBoundedLength)
        {
            return true;
        }

        var matched = Math.Min(la - BitOperations.PopCount(a._letters & ~b._letters), lb - BitOperations.PopCount(b._letters & ~a._letters));
        return matched > 0 && 5 * matched * (la + lb) >= 7 * la * lb;
    }

    /// <summary>
    /// What <see cref="TokenRules"/>' sound-alike test needs equal: a word of five letters or more, the key's first
    /// letter and its vowel shape (<see cref="NameVariantKey.SameVowelShape"/>: the vowels in place, every other letter
    /// alike). 0 when the word cannot sound alike with anything.
    /// </summary>
    private static int SoundTagOf(string text, string key)
    {
        if (text.Length < MinSoundAlikeLength || key.Length == 0)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(key[0]);
        hash.Add(key.Length);
        foreach (var c in key)
        {
            hash.Add(NameShape.IsVowelMark(c) ? c : '*');
        }

        return hash.ToHashCode() | 1;
    }

    private static ulong Bit64(string text) => 1UL << (text.GetHashCode() & 63);

    private static uint Bit32(int value) => 1U << (value & 31);

    private static uint Bits32(int[] values)
    {
        var bits = 0U;
        foreach (var value in values)
        {
            bits |= Bit32(value);
        }

        return bits;
    }
}

/// <summary>
/// Two or three neighbouring words of a name written as one, as <see cref="WordSignature.MayJoin"/> reads them: their
/// joined length, the first word's first character and the hash of their joined spelling key (when they have one).
/// </summary>
internal readonly record struct JoinedRun(int Length, char First, bool HasKey, int KeyHash);
