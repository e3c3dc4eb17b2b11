namespace ScanService.Synthetic.Phones;

/// <summary>
/// One Ofcom "numbers for drama" range: a thousand UK numbers that share their first eight digits
/// (01134960xxx, 07700900xxx) and are never given to subscribers.
/// </summary>
internal sealed record DramaRange(string Area, string DiallingCode, string Stem)
{
    public const int Size = 1000;

    public bool IsMobile => DiallingCode == "07700";

    /// <summary>Ranges people give as their own number; freephone, premium and UK-wide ones belong to businesses.</summary>
    public bool IsPersonal { get; } = DiallingCode == "07700" || DiallingCode.StartsWith("01", StringComparison.Ordinal) || DiallingCode.StartsWith("02", StringComparison.Ordinal);

    public PhoneNumber At(int suffix) => PhoneNumber.UkNumber(Stem + suffix.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), DiallingCode.Length);

    public bool Contains(string national) =>
        national.Length == Stem.Length + 3 && national.StartsWith(Stem, StringComparison.Ordinal);
}
