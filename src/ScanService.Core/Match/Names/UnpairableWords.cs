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

    /// <summary>
    /// As <see cref="OnBothSides(PersonName, List{PersonName})"/>, with the record's name signed in
    /// <paramref name="recordSigned"/> (see <see cref="NameSignatures.HoldOnly"/>) and the subject's names read from <paramref name="subjects"/>, where it is
    /// owner <paramref name="subject"/>. Only a word the signatures cannot rule out has its facts asked.
    /// </summary>
    public static bool OnBothSides(PersonName record, NameSignatures recordSigned, List<PersonName> subjectNames, NameSignatures subjects, int subject) =>
        OnBothSides(record, recordSigned, subjectNames, subjects, subjects.FirstNameOf(subject), subjects.NamesOf(subject));

    /// <summary>
    /// As <see cref="OnBothSides(PersonName, NameSignatures, List{PersonName}, NameSignatures, int)"/>, the subject's
    /// <paramref name="names"/> names starting at <paramref name="firstName"/> among all names of
    /// <paramref name="subjects"/>: the matcher keeps both in the subject's summary, already read for the pair, and
    /// reads the subject's own list of names only for a word the signatures cannot rule out.
    /// </summary>
    public static bool OnBothSidesFrom(PersonName record, NameSignatures recordSigned, List<PersonName> subjectNames, NameSignatures subjects, int firstName, int names) =>
        OnBothSides(record, recordSigned, subjectNames, subjects, firstName, names);

    private static bool OnBothSides(PersonName record, NameSignatures recordSigned, List<PersonName> subjectNames, NameSignatures subjects, int firstName, int names)
    {
        recordSigned.HoldOnly(record);
        var r = recordSigned.Name(0, 0);
        if (r.Count == 0)
        {
            return true;
        }

        for (var n = 0; n < names; n++)
        {
            var s = subjects.NameAt(firstName + n);
            if (s.Count == 0)
            {
                continue;
            }

            // The signatures alone prove most unrelated names; the facts are asked only where they do not.
            if (!HasUnpairableBySignature(r, s) && !HasUnpairable(record.ComparisonFacts, r, subjectNames[n].ComparisonFacts, s, recordSide: true))
            {
                return false;
            }

            if (!HasUnpairableBySignature(s, r) && !HasUnpairable(subjectNames[n].ComparisonFacts, s, record.ComparisonFacts, r, recordSide: false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when each name has a word nothing on the other side could pair with, or either has no words.</summary>
    public static bool OnBothSides(NameTokens record, NameTokens subject) => OnBothSides(record, subject, signatures: true);

    /// <summary>
    /// As <see cref="OnBothSides(NameTokens, NameTokens)"/> with every rule asked of every pairing, no signature
    /// ruling any out first: the slow way round, kept to check the fast one against.
    /// </summary>
    internal static bool OnBothSidesAskingEveryRule(NameTokens record, NameTokens subject) => OnBothSides(record, subject, signatures: false);

    private static bool OnBothSides(NameTokens record, NameTokens subject, bool signatures)
    {
        Span<WordSignature> recordWords = stackalloc WordSignature[NameAlignment.MaxTokens];
        Span<JoinedRun> recordRuns = stackalloc JoinedRun[SignedName.RunSlots(NameAlignment.MaxTokens)];
        Span<WordSignature> subjectWords = stackalloc WordSignature[NameAlignment.MaxTokens];
        Span<JoinedRun> subjectRuns = stackalloc JoinedRun[SignedName.RunSlots(NameAlignment.MaxTokens)];
        var a = SignedName.Write(record, recordWords, recordRuns);
        var b = SignedName.Write(subject, subjectWords, subjectRuns);
        if (a == 0 || b == 0)
        {
            return true;
        }

        var r = new SignedName(recordWords[..a], recordRuns);
        var s = new SignedName(subjectWords[..b], subjectRuns);
        return HasUnpairable(record, r, subject, s, recordSide: true, signatures) && HasUnpairable(subject, s, record, r, recordSide: false, signatures);
    }

    /// <summary>True when the signatures alone rule out every pairing of some word of <paramref name="side"/>.</summary>
    private static bool HasUnpairableBySignature(SignedName side, SignedName other)
    {
        for (var i = 0; i < side.Count; i++)
        {
            if (!MayPairBySignature(i, side, other))
            {
                return true;
            }
        }

        return false;
    }

    // Every test of MayPair below with its rule taken to hold.
    private static bool MayPairBySignature(int i, SignedName side, SignedName other)
    {
        ref readonly var word = ref side.Words[i];
        foreach (ref readonly var facts in other.Words)
        {
            if (WordSignature.MayPair(word, facts))
            {
                return true;
            }
        }

        for (var start = 0; start < other.Count; start++)
        {
            for (var count = 2; count <= NameTokens.MaxJoinedWords && start + count <= other.Count; count++)
            {
                if (WordSignature.MayJoin(word, other.Run(start, count)))
                {
                    return true;
                }
            }
        }

        for (var start = Math.Max(0, i - NameTokens.MaxJoinedWords + 1); start <= i; start++)
        {
            for (var count = Math.Max(2, i - start + 1); count <= NameTokens.MaxJoinedWords && start + count <= side.Count; count++)
            {
                ref readonly var run = ref side.Run(start, count);
                foreach (ref readonly var whole in other.Words)
                {
                    if (WordSignature.MayJoin(whole, run))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasUnpairable(NameTokens sideName, SignedName side, NameTokens otherName, SignedName other, bool recordSide, bool signatures = true)
    {
        for (var i = 0; i < side.Count; i++)
        {
            if (!MayPair(i, sideName, side, otherName, other, recordSide, signatures))
            {
                return true;
            }
        }

        return false;
    }

    // Each rule is asked only where the signatures say it may hold (they never rule out a pairing the rule makes).
    private static bool MayPair(int i, NameTokens sideName, SignedName sideSigned, NameTokens otherName, SignedName otherSigned, bool recordSide, bool signatures)
    {
        var side = sideName.Facts.AsSpan(0, sideSigned.Count);
        var other = otherName.Facts.AsSpan(0, otherSigned.Count);
        ref readonly var word = ref sideSigned.Words[i];
        for (var j = 0; j < other.Length; j++)
        {
            if ((!signatures || WordSignature.MayPair(word, otherSigned.Words[j])) &&
                (recordSide ? WordsMayPair(side[i], other[j]) : WordsMayPair(other[j], side[i])))
            {
                return true;
            }
        }

        // The word written as two or three neighbouring words of the other name.
        for (var start = 0; start < other.Length; start++)
        {
            for (var count = 2; count <= NameTokens.MaxJoinedWords && start + count <= other.Length; count++)
            {
                if ((!signatures || WordSignature.MayJoin(word, otherSigned.Run(start, count))) &&
                    Joins(side[i], other.Slice(start, count), otherName.JoinedKey(start, count)))
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
                ref readonly var run = ref sideSigned.Run(start, count);
                var key = sideName.JoinedKey(start, count);
                for (var j = 0; j < other.Length; j++)
                {
                    if ((!signatures || WordSignature.MayJoin(otherSigned.Words[j], run)) && Joins(other[j], side.Slice(start, count), key))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    internal static bool WordsMayPair(TokenFacts record, TokenFacts subject) =>
        record.Text == subject.Text ||
        TokenRules.Variant(record, subject) != TokenAgreementKind.None ||
        TokenRules.TypoScore(record, subject) > 0 ||
        TokenRules.IsInitialOf(record.Text, subject.Text) ||
        TokenRules.IsInitialOf(subject.Text, record.Text);

    internal static bool Joins(TokenFacts whole, ReadOnlySpan<TokenFacts> parts, string? partsKey) =>
        TokenRules.JoinsTo(whole, parts) || TokenRules.JoinsBySpelling(whole, partsKey);
}
