using ScanService.Model;

namespace ScanService.Match;

/// <summary>
/// The masked forms of personal details that may leave the database by default: enough for an analyst to
/// recognise the record, not enough to identify a person from the digest or a log.
/// </summary>
public static class Masking
{
    // Explanations are built for every agreeing pair; these tables keep masking from allocating a string per pair.
    private static readonly string[] PhoneEndings = [.. Enumerable.Range(0, 1000).Select(i => "…" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture))];
    private static readonly string[] LabelledPhoneEndings = [.. PhoneEndings.Select(ending => "phone " + ending)];
    private const int MaxCachedOutwardCodes = 10_000;

    // One per thread: a shared concurrent dictionary locked on every addition, and both cores add at once.
    [ThreadStatic]
    private static Dictionary<string, string>? _premisesByOutward;

    /// <summary><c>+447700900123</c> → <c>…123</c>.</summary>
    public static string Phone(string e164)
    {
        if (e164.Length <= 3)
        {
            return "…";
        }

        return EndingIndex(e164) is { } index ? PhoneEndings[index] : "…" + e164[^3..];
    }

    // The last three digits as a number, when the phone ends in three digits.
    private static int? EndingIndex(string e164)
    {
        if (e164.Length <= 3)
        {
            return null;
        }

        var end = e164.AsSpan(e164.Length - 3);
        return char.IsAsciiDigit(end[0]) && char.IsAsciiDigit(end[1]) && char.IsAsciiDigit(end[2])
            ? ((end[0] - '0') * 100) + ((end[1] - '0') * 10) + (end[2] - '0')
            : null;
    }

    /// <summary><c>+447700900123</c> → <c>phone …123</c>: how a phone is named in history keys and findings.</summary>
    /// <remarks>From a table, like <see cref="Phone"/>: a national night names a million phones in its history.</remarks>
    public static string LabelledPhone(string e164) =>
        EndingIndex(e164) is { } index ? LabelledPhoneEndings[index] : "phone " + Phone(e164);

    /// <summary>The outward code only: <c>M8 8EP</c> → <c>M8 …</c>.</summary>
    public static string Postcode(string postcode)
    {
        var space = postcode.IndexOf(' ');
        return space > 0 ? postcode[..space] + " …" : "…";
    }

    public static string Premises(ParsedAddress address)
    {
        if (address.Postcode is not { } postcode)
        {
            return "street address";
        }

        var space = postcode.IndexOf(' ');
        if (space <= 0)
        {
            return "postcode …";
        }

        // The same text as "postcode " + Postcode(postcode), kept once per outward code (a few thousand in the UK).
        var known = _premisesByOutward ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var byOutward = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var outward = postcode.AsSpan(0, space);
        if (byOutward.TryGetValue(outward, out var masked))
        {
            return masked;
        }

        masked = string.Concat("postcode ", outward, " …");
        if (known.Count < MaxCachedOutwardCodes)
        {
            byOutward.TryAdd(outward, masked);
        }

        return masked;
    }

    /// <summary>Initials of every name token, forenames first: <c>van minh | nguyen</c> → <c>V.M. N.</c>.</summary>
    public static string Initials(PersonName name)
    {
        if (name.IsEmpty)
        {
            return "(no name)";
        }

        static string Of(string[] tokens) => string.Concat(tokens.Select(t => char.ToUpperInvariant(t[0]) + "."));
        var forenames = Of(name.Forenames);
        var surnames = Of(name.Surnames);
        return forenames.Length == 0 ? surnames : surnames.Length == 0 ? forenames : forenames + " " + surnames;
    }

    /// <summary>A one-line masked description of a partner record for the digest.</summary>
    public static string Record(PersonRecord record)
    {
        var parts = new List<string> { Initials(record.Name) };
        if (record.DateOfBirth is { } dob)
        {
            parts.Add("b." + dob.Year);
        }

        if (record.Phones.Length > 0)
        {
            // Every ending up to three: the one that linked must be recognisable among them.
            var endings = string.Join(", ", record.Phones.Take(3).Select(Phone));
            parts.Add((record.Phones.Length == 1 ? "phone " : "phones ") + endings + (record.Phones.Length > 3 ? ", …" : string.Empty));
        }

        if (record.Address.Postcode is { } postcode)
        {
            parts.Add(Postcode(postcode));
        }

        return string.Join(" · ", parts);
    }
}
