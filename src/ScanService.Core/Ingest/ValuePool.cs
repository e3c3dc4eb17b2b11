using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Ingest;

/// <summary>
/// Hands out one shared instance of every repeated value a source's records hold — name tokens, whole names, phones,
/// premises and their parts, nationalities, attribute values — so that a national night keeps each once instead of
/// once per row. A million records give a few hundred thousand distinct names and premises, and a handful of
/// nationalities. The normalisers ask the pool for tokens, names and premises by their characters and parts
/// (<see cref="IValueSharing"/>), so a repeated one is found before it is made rather than made and then dropped.
/// Values are immutable and compared by content, so sharing them changes nothing a rule sees. One pool per file
/// read: it is not thread-safe, and it is dropped after the read.
/// </summary>
public sealed class ValuePool : IValueSharing
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringsByText;
    private readonly Dictionary<PersonName, PersonName> _names = new(NameContent.Instance);
    private readonly Dictionary<PersonName, PersonName>.AlternateLookup<NameParts> _namesByParts;
    private readonly Dictionary<ParsedAddress, ParsedAddress> _addresses = new(AddressContent.Instance);
    private readonly Dictionary<ParsedAddress, ParsedAddress>.AlternateLookup<AddressParts> _addressesByParts;
    private readonly Dictionary<KeyValuePair<string, string>[], KeyValuePair<string, string>[]> _attributes = new(AttributeContent.Instance);
    private readonly Dictionary<KeyValuePair<string, string>[], KeyValuePair<string, string>[]>.AlternateLookup<AttributeRow> _attributesByRow;

    public ValuePool()
    {
        _stringsByText = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        _namesByParts = _names.GetAlternateLookup<NameParts>();
        _addressesByParts = _addresses.GetAlternateLookup<AddressParts>();
        _attributesByRow = _attributes.GetAlternateLookup<AttributeRow>();
    }

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

    /// <summary>The pooled string with these characters, made only the first time they are seen.</summary>
    string IValueSharing.Token(ReadOnlySpan<char> text)
    {
        if (_stringsByText.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        _strings.Add(made);
        return made;
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

    /// <summary>The pooled name with these tokens, which come from <see cref="IValueSharing.Token"/> and so are pooled already.</summary>
    PersonName IValueSharing.Name(ReadOnlySpan<string> forenames, ReadOnlySpan<string> surnames)
    {
        if (forenames.IsEmpty && surnames.IsEmpty)
        {
            return PersonName.Empty;
        }

        var parts = new NameParts(forenames, surnames);
        if (_namesByParts.TryGetValue(parts, out var pooled))
        {
            return pooled;
        }

        var name = new PersonName(forenames.ToArray(), surnames.ToArray());
        _names.Add(name, name);
        return name;
    }

    /// <summary>The pooled premises with the same parts.</summary>
    public ParsedAddress Share(ParsedAddress address) =>
        address.IsEmpty ? ParsedAddress.Empty : Find(new AddressParts(address.Flat, address.Number, address.BuildingName, address.Street, address.Town, address.Postcode), address);

    /// <summary>The pooled premises with these parts, made only the first time they are seen.</summary>
    ParsedAddress IValueSharing.Address(string? flat, string? number, string? buildingName, string? street, string? town, string? postcode)
    {
        var parts = new AddressParts(flat, number, buildingName, street, town, postcode);
        return parts.IsEmpty ? ParsedAddress.Empty : Find(parts, made: null);
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

    /// <summary>
    /// The pooled array with these attribute names and values in this order, made (with its values pooled) only the
    /// first time. Records share it, so it must not be changed once handed out.
    /// </summary>
    public KeyValuePair<string, string>[] ShareAttributes(ReadOnlySpan<KeyValuePair<string, string>> attributes)
    {
        if (attributes.IsEmpty)
        {
            return [];
        }

        if (_attributesByRow.TryGetValue(new AttributeRow(attributes), out var pooled))
        {
            return pooled;
        }

        var made = attributes.ToArray();
        ShareValues(made);
        _attributes.Add(made, made);
        return made;
    }

    private ParsedAddress Find(AddressParts parts, ParsedAddress? made)
    {
        if (_addressesByParts.TryGetValue(parts, out var pooled))
        {
            return pooled;
        }

        var (flat, number, building, street, town, postcode) = (
            Share(parts.Flat), Share(parts.Number), Share(parts.BuildingName), Share(parts.Street), Share(parts.Town), Share(parts.Postcode));
        // Most parts come back as the very strings given (the parser hands out shared words), and then an address
        // already made is kept rather than copied.
        var shared = made is not null && ReferenceEquals(flat, made.Flat) && ReferenceEquals(number, made.Number) &&
            ReferenceEquals(building, made.BuildingName) && ReferenceEquals(street, made.Street) && ReferenceEquals(town, made.Town) &&
            ReferenceEquals(postcode, made.Postcode)
            ? made
            : new ParsedAddress(flat, number, building, street, town, postcode);
        _addresses.Add(shared, shared);
        return shared;
    }

    /// <summary>A name's tokens before there is a name: how a repeated name is found without making it.</summary>
    private readonly ref struct NameParts(ReadOnlySpan<string> forenames, ReadOnlySpan<string> surnames)
    {
        public ReadOnlySpan<string> Forenames { get; } = forenames;

        public ReadOnlySpan<string> Surnames { get; } = surnames;
    }

    /// <summary>Premises' parts before there are premises.</summary>
    private readonly record struct AddressParts(string? Flat, string? Number, string? BuildingName, string? Street, string? Town, string? Postcode)
    {
        public bool IsEmpty => Flat is null && Number is null && BuildingName is null && Street is null && Town is null && Postcode is null;
    }

    /// <summary>A row's attributes before there is an array for them.</summary>
    private readonly ref struct AttributeRow(ReadOnlySpan<KeyValuePair<string, string>> attributes)
    {
        public ReadOnlySpan<KeyValuePair<string, string>> Attributes { get; } = attributes;
    }

    /// <summary>Attribute arrays are equal when their names and values are, in order.</summary>
    private sealed class AttributeContent :
        IEqualityComparer<KeyValuePair<string, string>[]>, IAlternateEqualityComparer<AttributeRow, KeyValuePair<string, string>[]>
    {
        public static readonly AttributeContent Instance = new();

        public bool Equals(KeyValuePair<string, string>[]? x, KeyValuePair<string, string>[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Same(x, y));

        public int GetHashCode(KeyValuePair<string, string>[] attributes) => Hash(attributes);

        public bool Equals(AttributeRow row, KeyValuePair<string, string>[] attributes) => Same(row.Attributes, attributes);

        public int GetHashCode(AttributeRow row) => Hash(row.Attributes);

        public KeyValuePair<string, string>[] Create(AttributeRow row) => row.Attributes.ToArray();

        private static bool Same(ReadOnlySpan<KeyValuePair<string, string>> x, ReadOnlySpan<KeyValuePair<string, string>> y)
        {
            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!string.Equals(x[i].Key, y[i].Key, StringComparison.Ordinal) || !string.Equals(x[i].Value, y[i].Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static int Hash(ReadOnlySpan<KeyValuePair<string, string>> attributes)
        {
            var hash = new HashCode();
            foreach (var (name, value) in attributes)
            {
                hash.Add(name.GetHashCode(StringComparison.Ordinal));
                hash.Add(value.GetHashCode(StringComparison.Ordinal));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Names are equal when their forename and surname tokens are, in order.</summary>
    private sealed class NameContent : IEqualityComparer<PersonName>, IAlternateEqualityComparer<NameParts, PersonName>
    {
        public static readonly NameContent Instance = new();

        public bool Equals(PersonName? x, PersonName? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null &&
                x.Forenames.AsSpan().SequenceEqual(y.Forenames) && x.Surnames.AsSpan().SequenceEqual(y.Surnames));

        public int GetHashCode(PersonName name) => Hash(name.Forenames, name.Surnames);

        public bool Equals(NameParts parts, PersonName name) =>
            parts.Forenames.SequenceEqual(name.Forenames) && parts.Surnames.SequenceEqual(name.Surnames);

        public int GetHashCode(NameParts parts) => Hash(parts.Forenames, parts.Surnames);

        public PersonName Create(NameParts parts) => new(parts.Forenames.ToArray(), parts.Surnames.ToArray());

        private static int Hash(ReadOnlySpan<string> forenames, ReadOnlySpan<string> surnames)
        {
            var hash = new HashCode();
            foreach (var token in forenames)
            {
                hash.Add(token, StringComparer.Ordinal);
            }

            // The boundary counts: "anna | maria lopez" is not "anna maria | lopez".
            hash.Add(forenames.Length);
            foreach (var token in surnames)
            {
                hash.Add(token, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Premises are equal when every part is, as the record's own equality says; their parts are hashed alike.</summary>
    private sealed class AddressContent : IEqualityComparer<ParsedAddress>, IAlternateEqualityComparer<AddressParts, ParsedAddress>
    {
        public static readonly AddressContent Instance = new();

        public bool Equals(ParsedAddress? x, ParsedAddress? y) => EqualityComparer<ParsedAddress>.Default.Equals(x, y);

        public int GetHashCode(ParsedAddress address) =>
            Hash(new AddressParts(address.Flat, address.Number, address.BuildingName, address.Street, address.Town, address.Postcode));

        public bool Equals(AddressParts parts, ParsedAddress address) =>
            string.Equals(parts.Flat, address.Flat, StringComparison.Ordinal) && string.Equals(parts.Number, address.Number, StringComparison.Ordinal) &&
            string.Equals(parts.BuildingName, address.BuildingName, StringComparison.Ordinal) &&
            string.Equals(parts.Street, address.Street, StringComparison.Ordinal) && string.Equals(parts.Town, address.Town, StringComparison.Ordinal) &&
            string.Equals(parts.Postcode, address.Postcode, StringComparison.Ordinal);

        public int GetHashCode(AddressParts parts) => Hash(parts);

        public ParsedAddress Create(AddressParts parts) =>
            new(parts.Flat, parts.Number, parts.BuildingName, parts.Street, parts.Town, parts.Postcode);

        private static int Hash(AddressParts parts) => HashCode.Combine(
            Of(parts.Flat), Of(parts.Number), Of(parts.BuildingName), Of(parts.Street), Of(parts.Town), Of(parts.Postcode));

        private static int Of(string? part) => part is null ? 0 : part.GetHashCode(StringComparison.Ordinal);
    }
}
