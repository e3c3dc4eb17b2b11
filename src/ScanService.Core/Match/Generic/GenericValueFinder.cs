using ScanService.History;
using ScanService.Model;

namespace ScanService.Match.Generic;

/// <summary>
/// Counts the distinct people (folded name with date of birth; a nameless row is a person of its own) giving each
/// phone and premises tonight, and applies the analysts' lists: denied is always generic, allowed never.
/// </summary>
/// <remarks>
/// A national night has a million records and as many phones and premises. Each value given and the person giving
/// it are reduced to 64-bit hashes on all cores, the pairs sorted, and the people of a value counted along its run:
/// no set, string or dictionary entry per value. Only values that may be generic are spelled out again, from a
/// record that gave them, to be checked against the lists and kept as text. Two values (or two people of one
/// value) sharing a hash would be counted as one; with 64 bits that is about one chance in ten million on a
/// national night, and it could only keep a value as evidence a night longer, never strip one wrongly.
/// </remarks>
public static class GenericValueFinder
{
    private const int SliceSize = 16_384;

    public static GenericValues Find(IReadOnlyList<PersonRecord> records, GenericValueSettings settings)
    {
        var (phones, premises) = Givings(records);
        var phoneSet = new HashSet<string>(StringComparer.Ordinal);
        var premisesSet = new HashSet<string>(StringComparer.Ordinal);
        var listed = new List<GenericValue>();

        var deniedPhones = HashesOf(settings.DeniedPhones);
        foreach (var (first, people) in Runs(phones))
        {
            if (people <= settings.MaxPeople && !deniedPhones.Contains(phones[first].Value))
            {
                continue;
            }

            var phone = PhoneOf(records[phones[first].Record], phones[first].Value);
            if (Decide(settings.DeniedPhones.Contains(phone), settings.AllowedPhones.Contains(phone), people, settings.MaxPeople) is { } reason)
            {
                phoneSet.Add(phone);
                listed.Add(new GenericValue("phone", Masking.LabelledPhone(phone), people, reason));
            }
        }

        var deniedPremises = HashesOf(settings.DeniedPremises);
        foreach (var (first, people) in Runs(premises))
        {
            if (people <= settings.MaxPeople && !deniedPremises.Contains(premises[first].Value))
            {
                continue;
            }

            var example = records[premises[first].Record].Address;
            var text = RecordKeys.PremisesText(example)!;
            if (Decide(settings.DeniedPremises.Contains(text), settings.AllowedPremises.Contains(text), people, settings.MaxPeople) is { } reason)
            {
                premisesSet.Add(text);
                listed.Add(new GenericValue("premises", Masking.Premises(example), people, reason));
            }
        }

        // A denied value nobody gave tonight is not news; only values seen tonight are listed.
        return new GenericValues(phoneSet, premisesSet,
            [.. listed.OrderByDescending(v => v.People).ThenBy(v => v.Kind, StringComparer.Ordinal).ThenBy(v => v.Masked, StringComparer.Ordinal)]);
    }

    private static GenericReason? Decide(bool denied, bool allowed, int people, int maxPeople) =>
        denied ? GenericReason.Denied
        : allowed ? null
        : people > maxPeople ? GenericReason.ManyPeople
        : null;

    /// <summary>Every (phone, person) and (premises, person) of the night as hashes, each array sorted by value then person.</summary>
    private static (Giving[] Phones, Giving[] Premises) Givings(IReadOnlyList<PersonRecord> records)
    {
        // Each record's place in the phone array is fixed first, so that the slices fill it side by side.
        var phoneStart = new int[records.Count + 1];
        for (var i = 0; i < records.Count; i++)
        {
            phoneStart[i + 1] = phoneStart[i] + records[i].Phones.Length;
        }

        var phones = new Giving[phoneStart[^1]];
        var premises = new Giving[records.Count];
        var premisesGiven = new bool[records.Count];
        Parallel.For(0, (records.Count + SliceSize - 1) / SliceSize, slice =>
        {
            for (var i = slice * SliceSize; i < Math.Min(records.Count, (slice + 1) * SliceSize); i++)
            {
                var record = records[i];
                var person = PersonHash.Of(record);
                for (var p = 0; p < record.Phones.Length; p++)
                {
                    phones[phoneStart[i] + p] = new Giving(BlockingKeyHash.Of(record.Phones[p]), person, i);
                }

                if (PremisesKeyText.TryWrite(record.Address, out var text))
                {
                    premises[i] = new Giving(BlockingKeyHash.Of(text), person, i);
                    premisesGiven[i] = true;
                }
            }
        });

        var given = new Giving[premisesGiven.Count(g => g)];
        for (int i = 0, n = 0; i < premises.Length; i++)
        {
            if (premisesGiven[i])
            {
                given[n++] = premises[i];
            }
        }

        // Ties broken by record, so that the example kept for a value is the same whatever the threads did.
        Array.Sort(phones);
        Array.Sort(given);
        return (phones, given);
    }

    /// <summary>Each value's run in the sorted array: where it starts and how many distinct people gave it.</summary>
    private static IEnumerable<(int First, int People)> Runs(Giving[] sorted)
    {
        var first = 0;
        while (first < sorted.Length)
        {
            var people = 1;
            var end = first + 1;
            for (; end < sorted.Length && sorted[end].Value == sorted[first].Value; end++)
            {
                if (sorted[end].Person != sorted[end - 1].Person)
                {
                    people++;
                }
            }

            yield return (first, people);
            first = end;
        }
    }

    private static string PhoneOf(PersonRecord record, ulong hash) => record.Phones.First(p => BlockingKeyHash.Of(p) == hash);

    private static HashSet<ulong> HashesOf(IReadOnlySet<string> values) => [.. values.Select(v => BlockingKeyHash.Of(v))];

    /// <summary>One value given by one person on one record, as hashes; ordered by value, person, then record.</summary>
    private readonly record struct Giving(ulong Value, ulong Person, int Record) : IComparable<Giving>
    {
        public int CompareTo(Giving other)
        {
            var c = Value.CompareTo(other.Value);
            if (c == 0) c = Person.CompareTo(other.Person);
            return c != 0 ? c : Record.CompareTo(other.Record);
        }
    }
}
