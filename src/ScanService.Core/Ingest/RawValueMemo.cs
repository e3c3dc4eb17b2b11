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
/// a value seen before is not parsed again. A national night's exports repeat most of them (of a million rows, 458k
/// distinct names, 289k distinct phone fields, 631k distinct premises), and parsing is most of ingest's cost. The
/// answers are the pooled, immutable results the parsers gave, and a value's problems are kept with it, so every row
/// still reports its own dropped values. Not thread-safe: it belongs to the file's <see cref="ValuePool"/> and dies
/// with it.
/// </summary>
public sealed class RawValueMemo
{
    private readonly ValuePool _pool;
    private readonly Kind<(string Forename, string Surname, string FullName), PersonName> _names;
    private readonly Kind<string, PhoneList> _phones;
    private readonly Kind<(string Address, string Postcode), ReadPremises> _premises;

    public RawValueMemo(ValuePool pool, MemoLimits? limits = null)
    {
        limits ??= MemoLimits.Default;
        _pool = pool;
        _names = new(limits);
        _phones = new(limits);
        _premises = new(limits);
    }

    /// <summary>The pooled name the three name columns give.</summary>
    public PersonName Name(string forename, string surname, string fullName)
    {
        var key = (forename, surname, fullName);
        if (_names.TryGet(key, out var name))
        {
            return name;
        }

        name = _pool.Share(NameNormaliser.Normalise(forename, surname, fullName));
        _names.Remember(key, name);
        return name;
    }

    /// <summary>The pooled numbers of a non-blank phone field and the reason for each part that could not be read.</summary>
    /// <remarks>The numbers array is shared by every row with the same field: records never change it.</remarks>
    public PhoneList Phones(string raw)
    {
        if (_phones.TryGet(raw, out var list))
        {
            return list;
        }

        list = PhoneNormaliser.NormaliseList(raw);
        _pool.ShareEach(list.Numbers);
        _phones.Remember(raw, list);
        return list;
    }

    /// <summary>The pooled premises of an address and postcode column, either of which may be blank.</summary>
    public ReadPremises Premises(string address, string postcode)
    {
        var key = (address, postcode);
        if (_premises.TryGet(key, out var premises))
        {
            return premises;
        }

        var read = ReadPremises.From(address, postcode);
        premises = read with { Address = _pool.Share(read.Address) };
        _premises.Remember(key, premises);
        return premises;
    }

    /// <summary>
    /// One kind of value's memo. It starts afresh when full, bounding what one huge file holds; and it gives up when
    /// its first lookups hardly ever hit (a benefits export whose every claimant has their own address), since then
    /// it only keeps raw text alive for the garbage collector to copy.
    /// </summary>
    private sealed class Kind<TKey, TValue>(MemoLimits limits)
        where TKey : notnull
    {
        private readonly Dictionary<TKey, TValue> _known = [];
        private long _lookups;
        private long _hits;
        private bool _givenUp;

        public bool TryGet(TKey key, out TValue value)
        {
            value = default!;
            if (_givenUp)
            {
                return false;
            }

            _lookups++;
            if (_known.TryGetValue(key, out value!))
            {
                _hits++;
                return true;
            }

            if (_lookups == limits.TrialLookups && _hits * limits.MinimumHitRatio < _lookups)
            {
                _givenUp = true;
                _known.Clear();
                _known.TrimExcess();
            }

            return false;
        }

        public void Remember(TKey key, TValue value)
        {
            if (_givenUp)
            {
                return;
            }

            if (_known.Count >= limits.Capacity)
            {
                _known.Clear();
            }

            _known.Add(key, value);
        }
    }
}

/// <summary>How much a <see cref="RawValueMemo"/> holds and when it stops remembering a kind of value.</summary>
/// <param name="Capacity">Entries per kind before that kind starts afresh.</param>
/// <param name="TrialLookups">Lookups after which a kind's hit rate is judged.</param>
/// <param name="MinimumHitRatio">A kind with fewer than one hit in this many trial lookups is given up.</param>
public sealed record MemoLimits(int Capacity, int TrialLookups, int MinimumHitRatio)
{
    // Measured on the synthetic national night: premises that repeat at all repeat from the start (blank and shared
    // addresses, 24-74% of lookups after 20,000 rows), while a file of one-off addresses stays under 3%; names and
    // phones repeat more as a file goes on, and none is under 5% by then.
    public static readonly MemoLimits Default = new(Capacity: 1 << 18, TrialLookups: 20_000, MinimumHitRatio: 20);
}
