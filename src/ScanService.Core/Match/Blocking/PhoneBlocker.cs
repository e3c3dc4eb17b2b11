using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>Records and subjects sharing a normalised phone number.</summary>
public sealed class PhoneBlocker : IBlocker
{
    public string Name => "phone";

    public void AddKeys(PersonRecord record, ICollection<string> keys)
    {
        foreach (var phone in record.Phones)
        {
            keys.Add(phone);
        }
    }

    public void AddKeys(Subject subject, ICollection<string> keys)
    {
        foreach (var phone in subject.Phones)
        {
            keys.Add(phone);
        }
    }
}
