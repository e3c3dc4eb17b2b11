using ScanService.Model;

namespace ScanService.Ingest;

/// <summary>
/// Hands out one shared instance of every repeated value a source's records hold — name tokens, whole names, phones,
/// premises and their parts, nationalities, attribute values — so that a national night keeps each once instead of
/// once per row. A million records give a few hundred thousand distinct names and premises, and a handful of
/// nationalities; the copies that lose die young, which the garbage collector handles cheaply, where a million
/// surviving copies had to be promoted and kept. Values are immutable and compared by content, so sharing them
/// changes nothing a rule sees. One pool per file read: it is not thread-safe, and it is dropped after the read.
/// </summary>
public sealed class ValuePool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<PersonName, PersonName> _names = new(NameContent.Instance);
    private readonly Dictionary<ParsedAddress, ParsedAddress> _addresses = [];

    /// <summary>The pooled instance of <paramref name="value"/>; null stays null.</summary>
    public string? Share(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return value;
        }

        if (_strings.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        _strings.Add(value);
        return value;
    }

    /// <summary>The pooled name with the same tokens; a new name has its tokens pooled in place.</summary>
    public PersonName Share(PersonName name)
    {
        if (name.IsEmpty)
        {
            return PersonName.Empty;
        }

        if (_names.TryGetValue(name, out var pooled))
        {
            return pooled;
        }

        ShareEach(name.Forenames);
        ShareEach(name.Surnames);
        _names.Add(name, name);
        return name;
    }

    /// <summary>The pooled premises with the same parts.</summary>
    public ParsedAddress Share(ParsedAddress address)
    {
        if (address.IsEmpty)
        {
            return ParsedAddress.Empty;
        }

        if (_addresses.TryGetValue(address, out var pooled))
        {
            return pooled;
        }

        var (flat, number, building, street, town, postcode) = (
            Share(address.Flat), Share(address.Number), Share(address.BuildingName), Share(address.Street), Share(address.Town), Share(address.Postcode));
        // Most parts come back as the very strings the address holds (the parser hands out shared words), and then the
        // address itself is kept rather than copied.
        var shared = ReferenceEquals(flat, address.Flat) && ReferenceEquals(number, address.Number) && ReferenceEquals(building, address.BuildingName)
            && ReferenceEquals(street, address.Street) && ReferenceEquals(town, address.Town) && ReferenceEquals(postcode, address.Postcode)
            ? address
            : new ParsedAddress(flat, number, building, street, town, postcode);
        _addresses.Add(shared, shared);
        return shared;
    }

    /// <summary>Replaces each element of a freshly built array with its pooled instance.</summary>
    public void ShareEach(string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Share(values[i])!;
        }
    }

    /// <summary>Replaces each attribute value of a freshly built array with its pooled instance.</summary>
    public void ShareValues(KeyValuePair<string, string>[] attributes)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            attributes[i] = new(attributes[i].Key, Share(attributes[i].Value)!);
        }
    }

    /// <summary>Names are equal when their forename and surname tokens are, in order.</summary>
    private sealed class NameContent : IEqualityComparer<PersonName>
    {
        public static readonly NameContent Instance = new();

        public bool Equals(PersonName? x, PersonName? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null &&
                x.Forenames.AsSpan().SequenceEqual(y.Forenames) && x.Surnames.AsSpan().SequenceEqual(y.Surnames));

        public int GetHashCode(PersonName name)
        {
            var hash = new HashCode();
            foreach (var token in name.Forenames)
            {
                hash.Add(token, StringComparer.Ordinal);
            }

            // The boundary counts: "anna | maria lopez" is not "anna maria | lopez".
            hash.Add(name.Forenames.Length);
            foreach (var token in name.Surnames)
            {
                hash.Add(token, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
