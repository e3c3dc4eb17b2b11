using System.Globalization;

namespace ScanService.Synthetic.Phones;

/// <summary>
/// The Ofcom drama ranges, read from the embedded copy of ofcom_drama_ranges.csv (CC BY 4.0; licence and
/// source beside it in Phones/Data). Every UK number the generator writes comes from these ranges.
/// </summary>
internal static class DramaRanges
{
    private const string Resource = "Phones.ofcom_drama_ranges.csv";

    private static readonly Lazy<IReadOnlyList<DramaRange>> Shared = new(Load);

    public static IReadOnlyList<DramaRange> All => Shared.Value;

    private static IReadOnlyList<DramaRange> Load()
    {
        using var stream = typeof(DramaRanges).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()!.Split(',');
        int area = Array.IndexOf(header, "area_or_service"), code = Array.IndexOf(header, "dialling_code");
        int first = Array.IndexOf(header, "first_number_national"), last = Array.IndexOf(header, "last_number_national");
        var ranges = new List<DramaRange>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            var (from, to) = (cells[first], cells[last]);
            // The partition and the one-digit-off decoys rely on each range being exactly xxxxxxxx000–999.
            if (from.Length != 11 || from[..8] != to[..8] || !from.EndsWith("000", StringComparison.Ordinal) || !to.EndsWith("999", StringComparison.Ordinal))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"drama range {from}-{to} is not a block of 1000 numbers"));
            }

            ranges.Add(new DramaRange(cells[area], cells[code], from[..8]));
        }

        return ranges;
    }
}
