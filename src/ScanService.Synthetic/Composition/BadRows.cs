using System.Globalization;
using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.Sources;

namespace ScanService.Synthetic.Composition;

internal enum BadRowKind
{
    /// <summary>No name, phone, address, email or identifier: the ingest must reject the row.</summary>
    NothingToMatch,

    /// <summary>An impossible or US-style date of birth: dropped, the row kept.</summary>
    JunkDateOfBirth,

    JunkPhone,

    JunkPostcode,
}

/// <summary>Deliberately broken rows, a few per thousand, so that a generated night also tests the ingest's guard rails.</summary>
internal static class BadRows
{
    private static readonly double[] Weights = [40, 25, 20, 15];
    private static readonly string[] Phones = ["n/a", "unknown", "ask at reception", "withheld"];
    private static readonly string[] Postcodes = ["TBC", "M40 7Q", "ZZ99 9ZZ", "N/K"];

    public static BadRowKind Pick(Random random) => (BadRowKind)random.PickIndex(Weights);

    /// <summary>Breaks one value of a rendered row (or empties its identifying values), leaving the rest valid.</summary>
    public static void Spoil(BadRowKind kind, RecordDraft draft, Random random)
    {
        var year = random.Between(1960, 2005).ToString(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case BadRowKind.NothingToMatch:
                foreach (var column in (ReadOnlySpan<Column>)[Column.Forename, Column.Surname, Column.FullName, Column.Address, Column.Postcode, Column.Phone, Column.Email, Column.NiNumber])
                {
                    draft[column] = string.Empty;
                }

                break;
            case BadRowKind.JunkDateOfBirth:
                draft[Column.DateOfBirth] = random.Next(5) switch
                {
                    0 => $"31/02/{year}",
                    1 => $"12/31/{year}",
                    2 => $"30.13.{year}",
                    3 => "unknown",
                    _ => "N/K",
                };
                break;
            case BadRowKind.JunkPhone:
                draft[Column.Phone] = random.Pick(Phones);
                break;
            default:
                draft[Column.Postcode] = random.Pick(Postcodes);
                break;
        }
    }
}
