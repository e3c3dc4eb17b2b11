using System.Security.Cryptography;
using System.Text;
using ScanService.Ingest;
using ScanService.Model;

namespace ScanService.Benchmarks;

/// <summary>A SHA-256 over everything ingest hands on (every field of every record, subject and issue, in order).</summary>
internal static class Fingerprint
{
    public static string Of(IEnumerable<PersonRecord> records) => Hash(records, (text, r) =>
    {
        text.Append(r.Source).Append('|').Append(r.RecordId).Append('|').Append(r.Line).Append('|').Append(r.RecordDate)
            .Append('|').Append(r.Name).Append('|').Append(r.DateOfBirth).Append('|').AppendJoin(';', r.Phones)
            .Append('|').Append(r.Address).Append('|').Append(r.Email).Append('|').Append(r.Nationality).Append('|').Append(r.Gender)
            .Append('|').AppendJoin(';', r.Attributes).Append('|').AppendJoin(';', r.Identifiers);
    });

    public static string Of(IEnumerable<Subject> subjects) => Hash(subjects, (text, s) =>
    {
        text.Append(s.SubjectRef).Append('|').AppendJoin(';', s.Investigations).Append('|').AppendJoin(';', s.Names)
            .Append('|').AppendJoin(';', s.DatesOfBirth).Append('|').AppendJoin(';', s.Phones.Order(StringComparer.Ordinal))
            .Append('|').AppendJoin(';', s.Addresses).Append('|').AppendJoin(';', s.Identifiers.Select(i => i.ToString()).Order(StringComparer.Ordinal));
    });

    public static string Of(IEnumerable<IngestIssue> issues) => Hash(issues, (text, i) => text.Append(i).Append('|').Append(i.Outcome).Append('|').Append(i.RecordId));

    private static string Hash<T>(IEnumerable<T> items, Action<StringBuilder, T> write)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        foreach (var item in items)
        {
            text.Clear();
            write(text, item);
            text.Append('\n');
            sha.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}
