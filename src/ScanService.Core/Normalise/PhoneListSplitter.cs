namespace ScanService.Normalise;

/// <summary>Splits one part of a phone field that holds alternatives written in prose.</summary>
internal static class PhoneListSplitter
{
    private static readonly string[] Separators = [",", "/", "&", " or ", " OR ", " Or "];

    public static List<string> SplitAlternatives(string part) =>
        [.. part.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
