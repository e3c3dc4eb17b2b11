using ScanService.Model;
using ScanService.Normalise;

namespace ScanService.Ingest;

/// <summary>The premises a raw (address, postcode) pair reads as, with the postcode's problem when it had one.</summary>
public sealed record ReadPremises(ParsedAddress Address, string? PostcodeProblem)
{
    /// <summary>Reads the postcode column first, then the address with the postcode it gave.</summary>
    public static ReadPremises From(string address, string postcode)
    {
        string? canonical = null;
        string? problem = null;
        if (!string.IsNullOrWhiteSpace(postcode))
        {
            var parsed = PostcodeNormaliser.Normalise(postcode);
            if (parsed.Success)
            {
                canonical = parsed.Value;
            }
            else
            {
                problem = parsed.Error!;
            }
        }

        var parsedAddress = string.IsNullOrWhiteSpace(address) && canonical is null
            ? ParsedAddress.Empty
            : AddressParser.Parse(address, canonical);
        return new ReadPremises(parsedAddress, problem);
    }
}

/// <summary>
/// Remembers, for one file read, what each raw name, phone field and (address, postcode) pair normalised to, so that
/// a value seen before is not parsed again. A national night repeats them heavily (of a million rows, 458k distinct
/// names, 289k distinct phone fields and 631k distinct premises), and parsing is most of ingest's cost. The answers
/// are the pooled, immutable results the parsers gave, and a value's problems are kept with it, so every row still
/// reports its own dropped values. Not thread-safe: it belongs to the file's <see cref="ValuePool"/> and dies with it.
/// </summary>
public sealed class RawValueMemo
{
    /// <summary>Entries per kind before that kind starts afresh: a bound on the memory one huge file can hold.</summary>
    public const int DefaultCapacity = 1 << 18;

    private readonly ValuePool _pool;
    private readonly int _capacity;
    private readonly Dictionary<(string Forename, string Surname, string FullName), PersonName> _names = [];
    private readonly Dictionary<string, PhoneList> _phones = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Address, string Postcode), ReadPremises> _premises = [];

    public RawValueMemo(ValuePool pool, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _pool = pool;
        _capacity = capacity;
    }

    /// <summary>The pooled name the three name columns give.</summary>
    public PersonName Name(string forename, string surname, string fullName)
    {
        var key = (forename, surname, fullName);
        if (_names.TryGetValue(key, out var name))
        {
            return name;
        }

        name = _pool.Share(NameNormaliser.Normalise(forename, surname, fullName));
        Remember(_names, key, name);
        return name;
    }

    /// <summary>The pooled numbers of a non-blank phone field and the reason for each part that could not be read.</summary>
    /// <remarks>The numbers array is shared by every row with the same field: records never change it.</remarks>
    public PhoneList Phones(string raw)
    {
        if (_phones.TryGetValue(raw, out var list))
        {
            return list;
        }

        list = PhoneNormaliser.NormaliseList(raw);
        _pool.ShareEach(list.Numbers);
        Remember(_phones, raw, list);
        return list;
    }

    /// <summary>The pooled premises of an address and postcode column, either of which may be blank.</summary>
    public ReadPremises Premises(string address, string postcode)
    {
        var key = (address, postcode);
        if (_premises.TryGetValue(key, out var premises))
        {
            return premises;
        }

        var read = ReadPremises.From(address, postcode);
        premises = read with { Address = _pool.Share(read.Address) };
        Remember(_premises, key, premises);
        return premises;
    }

    // Starting afresh, rather than refusing new entries, keeps the memo useful when a file's values drift.
    private void Remember<TKey, TValue>(Dictionary<TKey, TValue> memo, TKey key, TValue value)
        where TKey : notnull
    {
        if (memo.Count >= _capacity)
        {
            memo.Clear();
        }

        memo.Add(key, value);
    }
}
