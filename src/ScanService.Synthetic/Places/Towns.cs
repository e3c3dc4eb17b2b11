namespace ScanService.Synthetic.Places;

/// <summary>
/// Real town names and postcode areas, so addresses look familiar; every street, number and postcode
/// combination is invented (valid Royal Mail format, not a checked delivery point).
/// </summary>
internal static class Towns
{
    public static readonly IReadOnlyList<Town> All =
    [
        new("Manchester", "M", 8, 32, 8, "0161"),
        new("Salford", "M", 3, 5, 2, "0161"),
        new("Oldham", "OL", 1, 16, 2, "0161"),
        new("Bolton", "BL", 1, 9, 2, null),
        new("Leeds", "LS", 1, 29, 6, "0113"),
        new("Bradford", "BD", 1, 24, 4, null),
        new("Huddersfield", "HD", 1, 9, 1, null),
        new("Wakefield", "WF", 1, 17, 1, null),
        new("Sheffield", "S", 1, 36, 4, "0114"),
        new("Hull", "HU", 1, 20, 2, null),
        new("Birmingham", "B", 1, 48, 8, "0121"),
        new("Coventry", "CV", 1, 12, 2, null),
        new("Wolverhampton", "WV", 1, 16, 2, null),
        new("Stoke-on-Trent", "ST", 1, 12, 1, null),
        new("Nottingham", "NG", 1, 24, 3, "0115"),
        new("Derby", "DE", 1, 24, 2, null),
        new("Leicester", "LE", 1, 19, 3, "0116"),
        new("Northampton", "NN", 1, 18, 1, null),
        new("Peterborough", "PE", 1, 8, 2, null),
        new("Boston", "PE", 20, 3, 1, null),
        new("Wisbech", "PE", 13, 2, 1, null),
        new("Norwich", "NR", 1, 35, 1, null),
        new("Ipswich", "IP", 1, 30, 1, null),
        new("London", "E", 1, 18, 5, "020"),
        new("London", "N", 1, 22, 4, "020"),
        new("London", "SE", 1, 28, 4, "020"),
        new("London", "SW", 1, 20, 3, "020"),
        new("London", "NW", 1, 11, 3, "020"),
        new("London", "W", 1, 14, 3, "020"),
        new("Ilford", "IG", 1, 11, 2, "020"),
        new("Harrow", "HA", 1, 9, 1, "020"),
        new("Luton", "LU", 1, 7, 2, null),
        new("Slough", "SL", 1, 9, 1, null),
        new("Reading", "RG", 1, 31, 1, "0118"),
        new("Bristol", "BS", 1, 40, 3, "0117"),
        new("Southampton", "SO", 14, 40, 1, null),
        new("Portsmouth", "PO", 1, 17, 1, null),
        new("Liverpool", "L", 1, 40, 4, "0151"),
        new("Preston", "PR", 1, 26, 1, null),
        new("Blackburn", "BB", 1, 18, 1, null),
        new("Newcastle upon Tyne", "NE", 1, 20, 3, "0191"),
        new("Sunderland", "SR", 1, 8, 1, "0191"),
        new("Middlesbrough", "TS", 1, 25, 1, null),
        new("Cardiff", "CF", 3, 22, 2, "029"),
        new("Swansea", "SA", 1, 10, 1, null),
        new("Glasgow", "G", 1, 80, 3, "0141"),
        new("Edinburgh", "EH", 1, 50, 2, "0131"),
        new("Belfast", "BT", 1, 17, 2, "028"),
    ];
}
