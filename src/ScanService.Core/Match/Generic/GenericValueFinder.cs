using ScanService.History;
using ScanService.Model;

namespace ScanService.Match.Generic;

/// <summary>
/// Counts the distinct people (folded name with date of birth; a nameless row is a person of its own) giving each
/// phone and premises tonight, and applies the analysts' lists: denied is always generic, allowed never.
/// </summary>
public static class GenericValueFinder
{
    public static GenericValues Find(IReadOnlyList<PersonRecord> records, GenericValueSettings settings)
    {
        var peopleByPhone = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var peopleByPremises = new Dictionary<string, (HashSet<string> People, ParsedAddress Example)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var premises = RecordKeys.PremisesText(record.Address);
            if (record.Phones.Length == 0 && premises is null)
            {
                continue;
            }

            var (kind, identity) = RecordKeys.PersonIdentity(record);
            var person = kind + "\n" + identity;
            foreach (var phone in record.Phones)
            {
                if (!peopleByPhone.TryGetValue(phone, out var people))
                {
                    peopleByPhone[phone] = people = new HashSet<string>(StringComparer.Ordinal);
                }

                people.Add(person);
            }

            if (premises is not null)
            {
                if (!peopleByPremises.TryGetValue(premises, out var entry))
                {
                    peopleByPremises[premises] = entry = (new HashSet<string>(StringComparer.Ordinal), record.Address);
                }

                entry.People.Add(person);
            }
        }

        var phones = new HashSet<string>(StringComparer.Ordinal);
        var premisesKeys = new HashSet<string>(StringComparer.Ordinal);
        var listed = new List<GenericValue>();
        foreach (var (phone, people) in peopleByPhone)
        {
            if (Decide(settings.DeniedPhones.Contains(phone), settings.AllowedPhones.Contains(phone), people.Count, settings.MaxPeople) is { } reason)
            {
                phones.Add(phone);
                listed.Add(new GenericValue("phone", "phone " + Masking.Phone(phone), people.Count, reason));
            }
        }

        foreach (var (premises, (people, example)) in peopleByPremises)
        {
            if (Decide(settings.DeniedPremises.Contains(premises), settings.AllowedPremises.Contains(premises), people.Count, settings.MaxPeople) is { } reason)
            {
                premisesKeys.Add(premises);
                listed.Add(new GenericValue("premises", Masking.Premises(example), people.Count, reason));
            }
        }

        // A denied value nobody gave tonight is not news; only values seen tonight are listed.
        return new GenericValues(phones, premisesKeys,
            [.. listed.OrderByDescending(v => v.People).ThenBy(v => v.Kind, StringComparer.Ordinal).ThenBy(v => v.Masked, StringComparer.Ordinal)]);
    }

    private static GenericReason? Decide(bool denied, bool allowed, int people, int maxPeople) =>
        denied ? GenericReason.Denied
        : allowed ? null
        : people > maxPeople ? GenericReason.ManyPeople
        : null;
}
