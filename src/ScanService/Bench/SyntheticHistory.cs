using System.Globalization;
using ScanService.Model;

namespace ScanService.Host.Bench;

/// <summary>
/// Synthetic history keys shaped like a real night's: one record key per record, then about one phone and one
/// premises hash per record, as <c>RecordKeys</c> makes them. Deterministic, like <see cref="SyntheticNight"/>, so
/// that a rerun replaces the same keys.
/// </summary>
internal static class SyntheticHistory
{
    private static readonly string[] Sources =
        ["nrm-referrals", "la-safeguarding", "labour-inspections", "benefit-claims", "helpline-reports", "police-intelligence"];

    public static RecordKey[] Keys(DateOnly night, int count)
    {
        var keys = new RecordKey[count];
        for (var i = 0; i < count; i++)
        {
            // Three keys per record (record, phone, premises).
            var record = i / 3;
            var source = Sources[record % Sources.Length];
            var recordId = SyntheticNight.RecordIdOf(record);
            var recordDate = night.AddDays(-(record % 30));
            var person = Hex(record % (count / 6 + 1), 'p');
            keys[i] = (i % 3) switch
            {
                0 => new RecordKey(night, source, recordId, recordDate, person, RecordKeyKind.Record, string.Empty, string.Empty),
                1 => new RecordKey(night, source, recordId, recordDate, person, RecordKeyKind.Phone, Hex(record % 50_000, 'f'),
                    string.Create(CultureInfo.InvariantCulture, $"phone …{record % 1000:000}")),
                _ => new RecordKey(night, source, recordId, recordDate, person, RecordKeyKind.Premises, Hex(record % 80_000, 'a'),
                    "M8 … flat …"),
            };
        }

        return keys;
    }

    // 32 hex digits like KeyHash's, spread so that neighbouring numbers do not sort together.
    private static string Hex(int value, char salt) =>
        string.Create(CultureInfo.InvariantCulture, $"{(uint)(value * 2654435761u) ^ salt:x8}{value:x8}{salt:x}{value * 31L:x15}").PadRight(32, '0')[..32];
}
