using ScanService.Match.Names;
using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>
/// Names compared as sets of words, so word order and which part a system called the surname do not matter
/// (<c>NGUYEN Van Minh</c> = <c>Van Minh Nguyen</c>, <c>WANG Wei</c> = <c>Wei Wang</c>). Words agree exactly, as
/// nicknames (Bill/William), as spellings or transliterations (Mohamed/Muhammad), written joined or split
/// (Abdulrahman/Abdul Rahman), as typos, or as initials; see <see cref="NameAlignment"/>.
/// </summary>
/// <remarks>
/// The outcome's detail names the kinds of agreement and what is missing (<c>spelling, middle name missing</c>),
/// never the names themselves: explanations go into the digest. Comparing allocates nothing; each name's keys are
/// worked out once and kept on the name.
/// </remarks>
public sealed class NameComparator : IFieldComparator
{
    /// <summary>Every word agrees, at least one only as a nickname, spelling variant or joined/split form.</summary>
    public const string Variant = "variant";

    /// <summary>Every word of the shorter name agrees (exactly or as a variant); the longer has more words.</summary>
    public const string Subset = "subset";

    /// <summary>Every word of the shorter name agrees, some only as a typo or an initial.</summary>
    public const string Fuzzy = "fuzzy";

    /// <summary>Only one word agrees, because one side gave only one word.</summary>
    public const string Partial = "partial";

    /// <summary>Some word agrees, but each side also has a word the other lacks (another surname, say).</summary>
    public const string Mixed = "mixed";

    private static readonly string[] LevelNames =
        [Comparators.Levels.Exact, Variant, Subset, Fuzzy, Partial, Mixed, Comparators.Levels.Different, Comparators.Levels.Missing];

    public string Field => "name";

    public IReadOnlyList<string> Levels => LevelNames;

    public ComparisonOutcome Compare(PersonRecord record, Subject subject) => Compare(record, subject, []);

    /// <summary>
    /// The strongest level the record's name reaches against any of the subject's names. When
    /// <paramref name="recordTokens"/> is not empty it receives, for each word of the record's name (index into
    /// <see cref="PersonName.Tokens"/>), how it agreed with that best name: frequency weighting looks up the rarity
    /// of the words that agreed. It must then hold at least <c>record.Name.Tokens.Count</c> slots; words past the
    /// sixteenth are never compared and read <see cref="TokenAgreement.None"/>.
    /// </summary>
    public ComparisonOutcome Compare(PersonRecord record, Subject subject, Span<TokenAgreement> recordTokens)
    {
        var output = Output(record.Name, recordTokens);
        if (record.Name.IsEmpty || subject.Names.Count == 0)
        {
            return Outcome(NameVerdict.NoName);
        }

        Span<TokenAgreement> best = stackalloc TokenAgreement[NameAlignment.MaxTokens];
        Span<TokenAgreement> trial = stackalloc TokenAgreement[NameAlignment.MaxTokens];
        var bestVerdict = NameVerdict.NoName;
        foreach (var name in subject.Names)
        {
            var verdict = Align(record.Name, name, trial);
            if (verdict.Level < bestVerdict.Level)
            {
                bestVerdict = verdict;
                trial.CopyTo(best);
            }
        }

        Fill(output, best, record.Name.Tokens.Count, bestVerdict.Level != NameLevel.Missing);
        return Outcome(bestVerdict);
    }

    /// <summary>The level's name, e.g. <c>variant</c>.</summary>
    public static string LevelOf(PersonName a, PersonName b) => Compare(a, b).Level;

    /// <summary>The level and an analyst-readable detail (kinds of agreement, words missing; never a name).</summary>
    public static ComparisonOutcome Compare(PersonName record, PersonName subject) => Compare(record, subject, []);

    /// <summary>As <see cref="Compare(PersonName, PersonName)"/>, filling <paramref name="recordTokens"/> as
    /// <see cref="Compare(PersonRecord, Subject, Span{TokenAgreement})"/> does.</summary>
    public static ComparisonOutcome Compare(PersonName record, PersonName subject, Span<TokenAgreement> recordTokens)
    {
        var output = Output(record, recordTokens);
        Span<TokenAgreement> pairs = stackalloc TokenAgreement[NameAlignment.MaxTokens];
        var verdict = Align(record, subject, pairs);
        Fill(output, pairs, record.Tokens.Count, verdict.Level != NameLevel.Missing);
        return Outcome(verdict);
    }

    private static NameVerdict Align(PersonName record, PersonName subject, Span<TokenAgreement> pairs)
    {
        var a = record.ComparisonFacts;
        var b = subject.ComparisonFacts;
        if (a.Count == 0 || b.Count == 0)
        {
            pairs.Fill(TokenAgreement.None);
            return NameVerdict.NoName;
        }

        Span<bool> subjectUsed = stackalloc bool[NameAlignment.MaxTokens];
        var alignment = new NameAlignment(a, b, pairs, subjectUsed);
        alignment.Align();
        return alignment.Verdict();
    }

    private static Span<TokenAgreement> Output(PersonName record, Span<TokenAgreement> recordTokens)
    {
        if (!recordTokens.IsEmpty && recordTokens.Length < record.Tokens.Count)
        {
            throw new ArgumentException($"needs a slot for each of the record's {record.Tokens.Count} name words", nameof(recordTokens));
        }

        recordTokens.Fill(TokenAgreement.None);
        return recordTokens;
    }

    private static void Fill(Span<TokenAgreement> output, ReadOnlySpan<TokenAgreement> pairs, int count, bool compared)
    {
        if (output.IsEmpty || !compared)
        {
            return;
        }

        pairs[..Math.Min(count, NameAlignment.MaxTokens)].CopyTo(output);
    }

    private static ComparisonOutcome Outcome(NameVerdict verdict) => new(LevelNames[(int)verdict.Level], verdict.Detail);
}
