using ScanService.History;
using ScanService.Model;

namespace ScanService.Match.Generic;

/// <summary>
/// Who a record stands for, within one night, as a 64-bit hash of what <see cref="PersonKeyText"/> spells out
/// (folded name and date of birth; a nameless record is a person of its own). Counting people at a value needs only
/// to tell them apart, and spelling a million identities out as strings was most of the cost.
/// </summary>
internal static class PersonHash
{
    public static ulong Of(PersonRecord record)
    {
        var text = PersonKeyText.Write(record, out var kind);
        var hash = BlockingKeyHash.Of(text);
        // A nameless record's text is of another kind: turned over, so that it never meets a named person's by spelling.
        return kind == PersonKeyText.RecordKind ? ~hash : hash;
    }
}
