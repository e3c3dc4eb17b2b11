namespace ScanService.Normalise;

/// <summary>
/// The words that end a street name (Road, Street, Close, …) and their abbreviations, folded. Addresses compare
/// on the full word, so "Oldham Rd" and "Oldham Road" are one street.
/// </summary>
internal static class StreetTypes
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["rd"] = "road", ["st"] = "street", ["str"] = "street", ["ave"] = "avenue", ["av"] = "avenue",
        ["avn"] = "avenue", ["ln"] = "lane", ["cl"] = "close", ["ct"] = "court", ["crt"] = "court",
        ["cres"] = "crescent", ["cresc"] = "crescent", ["cr"] = "crescent", ["dr"] = "drive", ["drv"] = "drive",
        ["gdns"] = "gardens", ["gdn"] = "gardens", ["gr"] = "grove", ["gro"] = "grove", ["grv"] = "grove",
        ["pl"] = "place", ["sq"] = "square", ["ter"] = "terrace", ["terr"] = "terrace", ["tce"] = "terrace",
        ["pk"] = "park", ["hwy"] = "highway", ["bldgs"] = "buildings", ["blvd"] = "boulevard", ["wy"] = "way",
        ["wlk"] = "walk", ["pde"] = "parade", ["est"] = "estate", ["app"] = "approach", ["grn"] = "green",
        ["mt"] = "mount", ["hts"] = "heights", ["cswy"] = "causeway", ["emb"] = "embankment", ["esp"] = "esplanade",
        ["mkt"] = "market", ["prom"] = "promenade",
    };

    /// <summary>Words that end a street name and rarely anything else.</summary>
    private static readonly HashSet<string> Strong = new(StringComparer.Ordinal)
    {
        "road", "street", "avenue", "lane", "close", "court", "crescent", "drive", "gardens", "grove", "place",
        "square", "terrace", "highway", "buildings", "boulevard", "way", "walk", "parade", "estate", "approach",
        "row", "mews", "embankment", "esplanade", "promenade", "causeway", "wynd", "quay", "wharf",
    };

    /// <summary>
    /// Words that end some street names but also place names ("Cheetham Hill", "Forest Gate"), so a strong type
    /// after them wins, and a part whose only type is one of them is not taken for the street when it is last.
    /// </summary>
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "park", "green", "hill", "view", "vale", "rise", "gate", "fold", "croft", "brow", "bank", "meadows",
        "chase", "glade", "grange", "yard", "mount", "heights", "circus", "broadway", "market", "passage", "precinct",
    };

    /// <summary>Words that may follow the street type and still belong to the street (Oldham Road East).</summary>
    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "n", "s", "e", "w", "nth", "sth", "upper", "lower",
    };

    /// <summary>How strongly a folded word, in full or abbreviated, marks the end of a street name.</summary>
    public static StreetTypeStrength StrengthOf(string folded)
    {
        string word = Expand(folded);
        return Strong.Contains(word) ? StreetTypeStrength.Strong
            : Weak.Contains(word) ? StreetTypeStrength.Weak
            : StreetTypeStrength.None;
    }

    public static bool IsDirection(string folded) => Directions.Contains(folded);

    /// <summary>The full street-type word for an abbreviation; other words unchanged.</summary>
    public static string Expand(string folded) => Abbreviations.GetValueOrDefault(folded, folded);

    /// <summary>Expands N/S/E/W after a street type to the full direction.</summary>
    public static string ExpandDirection(string folded) => folded switch
    {
        "n" or "nth" => "north",
        "s" or "sth" => "south",
        "e" => "east",
        "w" => "west",
        _ => folded,
    };
}

internal enum StreetTypeStrength
{
    None,
    Weak,
    Strong,
}
