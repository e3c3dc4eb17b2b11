using ScanService.Model;

namespace ScanService.Match.Blocking;

/// <summary>Records and subjects sharing a normalised phone number.</summary>
public sealed class PhoneBlocker : IBlocker
{
    public string Name => "phone";

    public void WriteKeys(PersonRecord record, KeyWriter keys)
    {
        foreach (var phone in record.Phones)
        {
            keys.Start().Append(phone).End();
        }
    }

    public void WriteKeys(Subject subject, KeyWriter keys)
    {
        foreach (var phone in subject.Phones)
        {
            keys.Start().Append(phone).End();
        }
    }
}
