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
/// </summary>
public sealed record RecordKey(
    DateOnly Night,
    string Source,
    string RecordId,
    DateOnly? RecordDate,
    string PersonKey,
    RecordKeyKind Kind,
    string Value,
    string Masked)
{
    /// <summary>The day the record speaks of: its own date, or else the night it was first read.</summary>
    public DateOnly Day => RecordDate ?? Night;

    public string Member => Source + "/" + RecordId;
}
