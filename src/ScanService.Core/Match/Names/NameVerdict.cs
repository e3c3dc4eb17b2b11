namespace ScanService.Match.Names;

/// <summary>The levels of name agreement, strongest first (the order of <c>NameComparator.Levels</c>).</summary>
internal enum NameLevel : byte
{
    Exact,
    Variant,
    Subset,
    Fuzzy,
    Partial,
    Mixed,
    Different,
    Missing,
}

/// <summary>Which words one name has that the other lacks, as an analyst would say it.</summary>
internal enum MissingWords : byte
{
    None,
    MiddleName,
    MiddleNames,
    Name,
    Names,
}

/// <summary>
/// The level two aligned names reached, with what made it less than exact: the kinds of agreement used and the
/// words missing on one side. Carries no name, only kinds, so its detail may go into the digest.
/// </summary>
internal readonly record struct NameVerdict(NameLevel Level, int Kinds, MissingWords Missing)
{
    public static readonly NameVerdict Different = new(NameLevel.Different, 0, MissingWords.None);
    public static readonly NameVerdict NoName = new(NameLevel.Missing, 0, MissingWords.None);

    private const int Weak = (1 << (int)TokenAgreementKind.Typo) | (1 << (int)TokenAgreementKind.Initial);

    public string? Detail => NameDetails.Of(this);

    public static NameVerdict Of(ReadOnlySpan<TokenAgreement> record, ReadOnlySpan<bool> subjectUsed)
    {
        int kinds = 0, recordPaired = 0, fullWords = 0;
        foreach (var pair in record)
        {
            if (pair.Agreed)
            {
                kinds |= 1 << (int)pair.Kind;
                recordPaired++;
                fullWords += pair.Kind == TokenAgreementKind.Initial ? 0 : 1;
            }
        }

        var subjectPaired = subjectUsed.Count(true);
        var recordLeft = record.Length - recordPaired;
        var subjectLeft = subjectUsed.Length - subjectPaired;

        // Initials alone prove nothing.
        if (fullWords == 0)
        {
            return Different;
        }

        // A word on each side with no counterpart: a changed surname, a replaced forename, or another person who
        // shares a word. Weaker than agreement but far from the evidence against that no common word is.
        if (recordLeft > 0 && subjectLeft > 0)
        {
            return new(NameLevel.Mixed, kinds & ~(1 << (int)TokenAgreementKind.Exact), MissingWords.None);
        }

        // One word agreeing (only a surname given, say) is too little to call the same name.
        if (recordPaired == 1 && subjectPaired == 1)
        {
            return new(NameLevel.Partial, kinds & ~(1 << (int)TokenAgreementKind.Exact), MissingWords.None);
        }

        var weak = (kinds & Weak) != 0;
        var inexact = kinds & ~(1 << (int)TokenAgreementKind.Exact);
        if (recordLeft == 0 && subjectLeft == 0)
        {
            return new(inexact == 0 ? NameLevel.Exact : weak ? NameLevel.Fuzzy : NameLevel.Variant, inexact, MissingWords.None);
        }

        var missing = recordLeft > 0 ? Describe(record, static p => p.Agreed) : Describe(subjectUsed, static used => used);
        return new(weak ? NameLevel.Fuzzy : NameLevel.Subset, inexact, missing);
    }

    /// <summary>Whether the words without a counterpart sit between agreeing words (a middle name) or outside them.</summary>
    private static MissingWords Describe<T>(ReadOnlySpan<T> side, Func<T, bool> paired)
    {
        int first = -1, last = -1, left = 0;
        for (var i = 0; i < side.Length; i++)
        {
            if (paired(side[i]))
            {
                first = first < 0 ? i : first;
                last = i;
            }
            else
            {
                left++;
            }
        }

        var middle = true;
        for (var i = 0; i < side.Length; i++)
        {
            if (!paired(side[i]) && (i < first || i > last))
            {
                middle = false;
            }
        }

        return (middle, left > 1) switch
        {
            (true, false) => MissingWords.MiddleName,
            (true, true) => MissingWords.MiddleNames,
            (false, false) => MissingWords.Name,
            _ => MissingWords.Names,
        };
    }
}
