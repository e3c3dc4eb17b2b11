namespace ScanService.Synthetic.Phones;

/// <summary>
/// A phone number as the person really has it. UK numbers keep their trunk 0 in <see cref="National"/>
/// (07700900123) and know how long their dialling code is, for writing them the way people group them.
/// </summary>
internal readonly record struct PhoneNumber(string CountryCode, string National, int DiallingCodeLength)
{
    public const string Uk = "44";

    public bool IsUk => CountryCode == Uk;

    /// <summary>The one canonical form (+447700900123), used to tell whether two records share a phone.</summary>
    public string E164 => IsUk ? "+44" + National[1..] : "+" + CountryCode + National;

    public static PhoneNumber UkNumber(string national, int diallingCodeLength) => new(Uk, national, diallingCodeLength);

    public override string ToString() => E164;
}
