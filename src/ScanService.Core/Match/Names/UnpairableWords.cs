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
        return signatures
            ? HasUnpairable<SignaturesThenRules>(record, r, subject, s, recordSide: true) && HasUnpairable<SignaturesThenRules>(subject, s, record, r, recordSide: false)
            : HasUnpairable<RulesOnly>(record, r, subject, s, recordSide: true) && HasUnpairable<RulesOnly>(subject, s, record, r, recordSide: false);
    }

    /// <summary>True when the signatures alone rule out every pairing of some word of <paramref name="side"/>.</summary>
    private static bool HasUnpairableBySignature(SignedName side, SignedName other) =>
        HasUnpairable<SignaturesOnly>(null, side, null, other, recordSide: true);

    private static bool HasUnpairable(NameTokens sideName, SignedName side, NameTokens otherName, SignedName other, bool recordSide) =>
        HasUnpairable<SignaturesThenRules>(sideName, side, otherName, other, recordSide);

    /// <summary>
    /// True when some word of <paramref name="side"/> can pair with nothing of <paramref name="other"/>, asked as
    /// <typeparamref name="TAsk"/> says (a struct, so that each way of asking is compiled on its own, without a branch
    /// per pairing). The names' tokens are read only when the rules are asked.
    /// </summary>
    private static bool HasUnpairable<TAsk>(NameTokens? sideName, SignedName side, NameTokens? otherName, SignedName other, bool recordSide)
        where TAsk : struct, IAsk
    {
        for (var i = 0; i < side.Count; i++)
        {
            if (!MayPair<TAsk>(i, sideName, side, otherName, other, recordSide))
            {
                return true;
            }
        }

        return false;
    }

    // A rule is asked only where the signatures say it may hold (they never rule out a pairing a rule makes); asked
    // as SignaturesOnly, every rule the signatures let through is taken to hold.
    private static bool MayPair<TAsk>(int i, NameTokens? sideName, SignedName sideSigned, NameTokens? otherName, SignedName otherSigned, bool recordSide)
        where TAsk : struct, IAsk
    {
        var side = TAsk.AsksRules ? sideName!.Facts.AsSpan(0, sideSigned.Count) : default;
        var other = TAsk.AsksRules ? otherName!.Facts.AsSpan(0, otherSigned.Count) : default;
        ref readonly var word = ref sideSigned.Words[i];
        for (var j = 0; j < otherSigned.Count; j++)
        {
            if ((!TAsk.UsesSignatures || WordSignature.MayPair(word, otherSigned.Words[j])) &&
                (!TAsk.AsksRules || (recordSide ? WordsMayPair(side[i], other[j]) : WordsMayPair(other[j], side[i]))))
            {
                return true;
            }
        }

        // The word written as two or three neighbouring words of the other name.
        for (var start = 0; start < otherSigned.Count; start++)
        {
            for (var count = 2; count <= NameTokens.MaxJoinedWords && start + count <= otherSigned.Count; count++)
            {
                if ((!TAsk.UsesSignatures || WordSignature.MayJoin(word, otherSigned.Run(start, count))) &&
                    (!TAsk.AsksRules || Joins(side[i], other.Slice(start, count), otherName!.JoinedKey(start, count))))
                {
                    return true;
                }
            }
        }

        // The word one of two or three neighbouring words of its own name written as one word of the other.
        for (var start = Math.Max(0, i - NameTokens.MaxJoinedWords + 1); start <= i; start++)
        {
            for (var count = Math.Max(2, i - start + 1); count <= NameTokens.MaxJoinedWords && start + count <= sideSigned.Count; count++)
            {
                ref readonly var run = ref sideSigned.Run(start, count);
                var key = TAsk.AsksRules ? sideName!.JoinedKey(start, count) : null;
                for (var j = 0; j < otherSigned.Count; j++)
                {
                    if ((!TAsk.UsesSignatures || WordSignature.MayJoin(otherSigned.Words[j], run)) &&
                        (!TAsk.AsksRules || Joins(other[j], side.Slice(start, count), key)))
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

    /// <summary>How a pairing is asked: by the signatures, by the rules, or by the rules where the signatures allow.</summary>
    private interface IAsk
    {
        static abstract bool UsesSignatures { get; }

        static abstract bool AsksRules { get; }
    }

    private struct SignaturesOnly : IAsk
    {
        public static bool UsesSignatures => true;

        public static bool AsksRules => false;
    }

    private struct SignaturesThenRules : IAsk
    {
        public static bool UsesSignatures => true;

        public static bool AsksRules => true;
    }

    private struct RulesOnly : IAsk
    {
        public static bool UsesSignatures => false;

        public static bool AsksRules => true;
    }
}
