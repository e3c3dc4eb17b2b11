namespace ScanService.Match.Names;

/// <summary>How one name word agreed with a word of the other name, strongest first.</summary>
public enum TokenAgreementKind : byte
{
    /// <summary>The word found no counterpart.</summary>
    None,

    Exact,

    /// <summary>A nickname or diminutive of it (Bill for William).</summary>
    Nickname,

    /// <summary>Another spelling or transliteration of it (Mohamed for Mohammed, Suzan for Susan).</summary>
    Spelling,

    /// <summary>One word on one side written as two or three on the other (Abdulrahman / Abdul Rahman).</summary>
    Joined,

    /// <summary>Close enough to be a typing error (Wisnewski / Wisniewski).</summary>
    Typo,

    /// <summary>An initial standing for the word (A for Arben).</summary>
    Initial,
}

/// <summary>
/// How a word of the record's name agreed, and with which word of the subject's name (an index into
/// <see cref="Model.PersonName.Tokens"/>; for a <see cref="TokenAgreementKind.Joined"/> agreement, the first of
/// the words joined). <see cref="SubjectToken"/> is -1 when the word found no counterpart.
/// </summary>
public readonly record struct TokenAgreement(TokenAgreementKind Kind, int SubjectToken)
{
    public static readonly TokenAgreement None = new(TokenAgreementKind.None, -1);

    public bool Agreed => Kind != TokenAgreementKind.None;
}
