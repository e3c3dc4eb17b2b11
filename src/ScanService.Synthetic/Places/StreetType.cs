namespace ScanService.Synthetic.Places;

/// <summary>The last word of a street name, how often streets carry it, and how records abbreviate it.</summary>
internal sealed record StreetType(string Name, double Weight, params string[] Abbreviations)
{
    public static readonly IReadOnlyList<StreetType> All =
    [
        new("Road", 30, "Rd"),
        new("Street", 24, "St"),
        new("Lane", 8, "Ln"),
        new("Avenue", 6, "Ave", "Av"),
        new("Close", 5, "Cl"),
        new("Drive", 5, "Dr"),
        new("Crescent", 3, "Cres"),
        new("Gardens", 3, "Gdns"),
        new("Terrace", 3, "Ter", "Terr"),
        new("Place", 3, "Pl"),
        new("Grove", 3, "Gr"),
        new("Way", 3),
        new("Walk", 1),
        new("Square", 1, "Sq"),
        new("Row", 1),
        new("Mews", 1),
        new("Court", 1, "Ct"),
        new("Parade", 1, "Pde"),
        new("Hill", 1),
        new("Green", 1),
        new("Rise", 1),
    ];
}
