using ScanService.Model;

namespace ScanService.Match.Comparators;

/// <summary>Normalised (E.164) phone numbers: one number in common is agreement.</summary>
public sealed class PhoneComparator : IFieldComparator
{
    public string Field => "phone";

    public IReadOnlyList<string> Levels { get; } = [Comparators.Levels.Exact, Comparators.Levels.Different, Comparators.Levels.Missing];

    public ComparisonOutcome Compare(PersonRecord record, Subject subject)
    {
        if (record.Phones.Length == 0 || subject.Phones.Count == 0)
        {
            return new(Comparators.Levels.Missing);
        }

        foreach (var phone in record.Phones)
        {
            if (subject.Phones.Contains(phone))
            {
                return new(Comparators.Levels.Exact, Masking.Phone(phone));
            }
        }

        return new(Comparators.Levels.Different);
    }
}
