using ScanService.Synthetic.Names;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.People;

/// <summary>E-mail addresses on the reserved example domains only (RFC 2606).</summary>
internal static class EmailAddresses
{
    private static readonly string[] Domains = ["example.com", "example.org", "example.net"];

    public static string For(Person person, Random random)
    {
        var given = NameEntry.FoldKey(person.Name.CallName.Native);
        var family = person.Name.MainFamily is { } f ? NameEntry.FoldKey(f.Native) : "x";
        var user = random.Next(3) switch
        {
            0 => $"{given}.{family}{person.EmailNumber}",
            1 => $"{given[0]}.{family}",
            _ => $"{given}{family}{person.EmailNumber}",
        };
        return $"{user}@{random.Pick(Domains)}";
    }
}
