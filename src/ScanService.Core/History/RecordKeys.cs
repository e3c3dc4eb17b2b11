using ScanService.Match;
using ScanService.Model;
using ScanService.Rules;

namespace ScanService.History;

/// <summary>
/// Reduces a night's records to the minimised keys that pattern and compliance rules need from them: each record of
/// a source an enabled compliance rule obliges (so the obligation can be checked on later nights), each phone and
/// premises as a hash, and the record ids that a follow-up source quotes.
/// </summary>
/// <remarks>
/// A record of a source no compliance rule names has no obligation, so nothing of it is kept as a record: on a
/// national night that is most of a million rows the store need not write and the history need not hold. A
/// compliance rule added (or enabled) later checks its sources' records from its first night on.
/// </remarks>
public static class RecordKeys
{
    // Records per slice when the keys are made in parallel: large enough that a slice's overhead is nothing.
    private const int SliceSize = 16_384;

    // A record key (an obligation) has no value of its own.
    private static readonly KeyToken NoValue = KeyToken.Of(string.Empty);

    /// <summary>
    /// The keys of every record, in the order of the records. A national night hashes millions of values, so the
    /// records are cut into slices made on all cores and joined back in order.
    /// </summary>
    public static List<RecordKey> Of(DateOnly night, IEnumerable<PersonRecord> records, RuleSet rules)
    {
        var referenceColumns = rules.Compliance
            .Where(r => r.Enabled)
            .GroupBy(r => r.RequiredSource, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ReferenceColumn).Distinct().ToArray(), StringComparer.Ordinal);
        var obligations = rules.Compliance.Where(r => r.Enabled).ToArray();
        var sourceOwes = new SourceOwesFollowUp(obligations);

        var all = records as IReadOnlyList<PersonRecord> ?? [.. records];
        var slices = new List<RecordKey>[(all.Count + SliceSize - 1) / SliceSize];
        Parallel.For(0, slices.Length, slice =>
        {
            var end = Math.Min(all.Count, (slice + 1) * SliceSize);
            slices[slice] = Of(night, Enumerable.Range(slice * SliceSize, end - (slice * SliceSize)).Select(i => all[i]), referenceColumns, sourceOwes);
        });

        var keys = new List<RecordKey>(slices.Sum(s => s.Count));
        foreach (var slice in slices)
        {
            keys.AddRange(slice);
        }

        return keys;
    }

    private static List<RecordKey> Of(DateOnly night, IEnumerable<PersonRecord> records, Dictionary<string, string[]> referenceColumns, SourceOwesFollowUp sourceOwes)
    {
        var keys = new List<RecordKey>();
        foreach (var record in records)
        {
            // Hashed only for a record that keeps a key: many records of a source no rule obliges give no phone or
            // premises, and a hash is most of the cost of a key.
            KeyToken? person = null;
            RecordKey Key(RecordKeyKind kind, KeyToken value, string masked) =>
                new(night, record.Source, record.RecordId, record.RecordDate, person ??= PersonKey(record), kind, value, masked);

            if (sourceOwes.For(record.Source))
            {
                keys.Add(Key(RecordKeyKind.Record, NoValue, string.Empty));
            }

            for (var i = 0; i < record.Phones.Length; i++)
            {
                var phone = record.Phones[i];
                if (!GivenEarlier(record.Phones, i))
                {
                    keys.Add(Key(RecordKeyKind.Phone, KeyHash.Of("phone", phone), Masking.LabelledPhone(phone)));
                }
            }

            if (PremisesKeyText.TryWrite(record.Address, out var premises))
            {
                keys.Add(Key(RecordKeyKind.Premises, KeyHash.Of("premises", premises), Masking.Premises(record.Address)));
            }

            foreach (var column in referenceColumns.GetValueOrDefault(record.Source, []))
            {
                foreach (var reference in ReferencesIn(record, column))
                {
                    keys.Add(Key(RecordKeyKind.Reference, KeyToken.Of(reference), reference));
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// The same person on two records counts once: the folded name with the date of birth. Without a name the record
    /// stands for a person of its own, so that nameless rows can never merge into one.
    /// </summary>
    /// <remarks>What is hashed is spelled out by <see cref="PersonKeyText"/>.</remarks>
    internal static KeyToken PersonKey(PersonRecord record)
    {
        var text = PersonKeyText.Write(record, out var kind);
        return KeyHash.Of(kind, text);
    }

    /// <summary>
    /// One premises: building (and flat) at a postcode, or on a street and town without one. An address with no
    /// building, or with neither postcode nor street and town, is too vague to count people at.
    /// </summary>
    internal static string? PremisesText(ParsedAddress address) =>
        PremisesKeyText.TryWrite(address, out var text) ? new string(text) : null;

    // A record gives one or two phones: a look back costs less than a set made per record.
    private static bool GivenEarlier(string[] phones, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(phones[i], phones[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ReferencesIn(PersonRecord record, string column) => record.Attributes
        .Where(a => string.Equals(a.Key, column, StringComparison.OrdinalIgnoreCase))
        .SelectMany(a => a.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Distinct(StringComparer.Ordinal);

    /// <summary>Whether a source's records owe a follow-up under some compliance rule; a night has a handful of sources.</summary>
    private sealed class SourceOwesFollowUp(IReadOnlyList<ComplianceRule> rules)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _bySource = new(StringComparer.Ordinal);

        public bool For(string source) => _bySource.GetOrAdd(source, s => rules.Any(r => r.AppliesTo(s)));
    }
}
