using ScanService.Model;

namespace ScanService.Match.Names;

/// <summary>
/// A quick proof that two names reach at best <see cref="NameLevel.Mixed"/>: a word on each side that no rule of
/// <see cref="NameAlignment"/> could pair with anything on the other side — not exactly, as a variant, a typo or an
/// initial, nor written joined or split. Such a word is left over whatever the alignment pairs, and a word left on
/// each side is mixed at best (<see cref="NameVerdict.Of"/>). Most pairs a shared date of birth offers have unrelated
/// names, and this settles them for a fraction of the alignment's work.
/// </summary>
/// <remarks>Each rule is asked the way the alignment asks it (record word first), so the proof never outruns it.</remarks>
internal static class UnpairableWords
{
    /// <summary>
    /// True when the record's name is at best mixed against every name of the subject (the comparator keeps the
    /// best), or when either side gives no name.
    /// </summary>
    public static bool OnBothSides(PersonName record, List<PersonName> subjectNames)
    {
        var facts = record.ComparisonFacts;
        foreach (var name in subjectNames)
        {
            if (!OnBothSides(facts, name.ComparisonFacts))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when each name has a word nothing on the other side could pair with, or either has no words.</summary>
    public static bool OnBothSides(NameTokens record, NameTokens subject)
    {
        var a = Cut(record.Facts);
        var b = Cut(subject.Facts);
        if (a.Length == 0 || b.Length == 0)
        {
            return true;
        }

        return HasUnpairable(a, record, b, subject, recordSide: true) && HasUnpairable(b, subject, a, record, recordSide: false);
    }

    // The alignment never looks past its first words.
    private static ReadOnlySpan<TokenFacts> Cut(TokenFacts[] facts) =>
        facts.Length > NameAlignment.MaxTokens ? facts.AsSpan(0, NameAlignment.MaxTokens) : facts;

    private static bool HasUnpairable(ReadOnlySpan<TokenFacts> side, NameTokens sideName, ReadOnlySpan<TokenFacts> other, NameTokens otherName, bool recordSide)
    {
        for (var i = 0; i < side.Length; i++)
        {
            if (!MayPair(i, side, sideName, other, otherName, recordSide))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayPair(int i, ReadOnlySpan<TokenFacts> side, NameTokens sideName, ReadOnlySpan<TokenFacts> other, NameTokens otherName, bool recordSide)
    {
        var word = side[i];
        foreach (var facts in other)
        {
            if (recordSide ? WordsMayPair(word, facts) : WordsMayPair(facts, word))
            {
                return true;
            }
        }

        // The word written as two or three neighbouring words of the other name.
        for (var start = 0; start < other.Length; start++)
        {
            for (var count = 2; count <= NameTokens.MaxJoinedWords && start + count <= other.Length; count++)
            {
                if (Joins(word, other.Slice(start, count), otherName.JoinedKey(start, count)))
                {
                    return true;
                }
            }
        }

        // The word one of two or three neighbouring words of its own name written as one word of the other.
        for (var start = Math.Max(0, i - NameTokens.MaxJoinedWords + 1); start <= i; start++)
        {
            for (var count = Math.Max(2, i - start + 1); count <= NameTokens.MaxJoinedWords && start + count <= side.Length; count++)
            {
                var key = sideName.JoinedKey(start, count);
                foreach (var whole in other)
                {
                    if (Joins(whole, side.Slice(start, count), key))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool WordsMayPair(TokenFacts record, TokenFacts subject) =>
        record.Text == subject.Text ||
        TokenRules.Variant(record, subject) != TokenAgreementKind.None ||
        TokenRules.TypoScore(record, subject) > 0 ||
        TokenRules.IsInitialOf(record.Text, subject.Text) ||
        TokenRules.IsInitialOf(subject.Text, record.Text);

    private static bool Joins(TokenFacts whole, ReadOnlySpan<TokenFacts> parts, string? partsKey) =>
        TokenRules.JoinsTo(whole, parts) || TokenRules.JoinsBySpelling(whole, partsKey);
}
