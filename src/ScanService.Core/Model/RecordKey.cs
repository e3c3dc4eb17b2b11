namespace ScanService.Model;

/// <summary>What a key of a record is: the record itself, a phone, a premises, or a reference to another record.</summary>
public enum RecordKeyKind
{
    Record,
    Phone,
    Premises,
    Reference,
}

/// <summary>
/// One minimised fact about one record, kept in the history for pattern and compliance rules: never a name, phone
/// or address. <see cref="Value"/> is a hash (phone, premises), a partner's record id (reference) or empty (record);
/// <see cref="Masked"/> is what an analyst may be shown; <see cref="PersonKey"/> tells people apart without naming them.
/// The hashes are held as <see cref="KeyToken"/>s, not as text (see there).
/// </summary>
public sealed record RecordKey
{
    public RecordKey(DateOnly night, string source, string recordId, DateOnly? recordDate, string personKey, RecordKeyKind kind, string value, string masked)
        : this(night, source, recordId, recordDate, KeyToken.Of(personKey), kind, KeyToken.Of(value), masked)
    {
    }

    public RecordKey(DateOnly night, string source, string recordId, DateOnly? recordDate, KeyToken person, RecordKeyKind kind, KeyToken valueToken, string masked)
    {
        Night = night;
        Source = source;
        RecordId = recordId;
        RecordDate = recordDate;
        Person = person;
        Kind = kind;
        ValueToken = valueToken;
        Masked = masked;
    }

    public DateOnly Night { get; init; }

    public string Source { get; init; }

    public string RecordId { get; init; }

    public DateOnly? RecordDate { get; init; }

    /// <summary>Who the record is about, as a token: what patterns count people by.</summary>
    public KeyToken Person { get; init; }

    public RecordKeyKind Kind { get; init; }

    /// <summary>The value, as a token: what patterns group by.</summary>
    public KeyToken ValueToken { get; init; }

    public string Masked { get; init; }

    /// <summary>The text of <see cref="Person"/> (made on each read: keep to <see cref="Person"/> where many keys are read).</summary>
    public string PersonKey
    {
        get => Person.ToString();
        init => Person = KeyToken.Of(value);
    }

    /// <summary>The text of <see cref="ValueToken"/> (made on each read: keep to <see cref="ValueToken"/> where many keys are read).</summary>
    public string Value
    {
        get => ValueToken.ToString();
        init => ValueToken = KeyToken.Of(value);
    }

    /// <summary>The day the record speaks of: its own date, or else the night it was first read.</summary>
    public DateOnly Day => RecordDate ?? Night;

    /// <summary>
    /// The day a pattern window counts the record on: its <see cref="Day"/>, but never after the night it was read.
    /// A record cannot speak of a day after it was sent (a date a partner's clock put ahead), and a key that entered
    /// a window after its night would break the rule that a value not given tonight has only lost members since the
    /// night before (see <c>NightFindingsStage</c>).
    /// </summary>
    public DateOnly WindowDay => Day < Night ? Day : Night;

    public string Member => Source + "/" + RecordId;
}
