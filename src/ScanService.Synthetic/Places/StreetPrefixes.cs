namespace ScanService.Synthetic.Places;

/// <summary>First words of street names, combined at random with a <see cref="StreetType"/>.</summary>
internal static class StreetPrefixes
{
    public static readonly string[] All =
    [
        "Oldham", "Ashton", "Cheetham", "Kirkstall", "Harehills", "Chapel", "Victoria", "Church", "Station", "Mill",
        "Park", "King", "Queen", "Albert", "Derby", "Bury", "Stockport", "Rochdale", "Bolton", "York", "Lancaster",
        "Princess", "Wellington", "Nelson", "Trafalgar", "Waterloo", "Cobden", "Peel", "Gladstone", "Palmerston",
        "Granby", "Marlborough", "Clarendon", "Beaconsfield", "Cavendish", "Devonshire", "Grosvenor", "Richmond",
        "Windsor", "Balmoral", "Hamilton", "Stanley", "Spencer", "Percy", "Russell", "Bedford", "Cambridge", "Oxford",
        "Regent", "Market", "High", "Bridge", "Water", "Canal", "River", "Meadow", "Brook", "Spring", "Well", "Elm",
        "Oak", "Ash", "Beech", "Birch", "Cedar", "Chestnut", "Hawthorn", "Holly", "Laurel", "Lime", "Maple", "Poplar",
        "Rowan", "Sycamore", "Willow", "Fern", "Heather", "Ivy", "Primrose", "Rose", "Violet", "Orchard", "Garden",
        "Field", "Moor", "Heath", "Marsh", "Dale", "Valley", "Ridge", "Cliff", "Stone", "Clay", "Salt", "Coal", "Iron",
        "Copper", "Silver", "Farm", "Manor", "Hall", "Castle", "Abbey", "Priory", "Temple", "Vicarage", "Rectory",
        "School", "College", "Factory", "Forge", "Foundry", "Tannery", "Brewery", "Wharf", "Dock", "Ferry", "North",
        "South", "East", "West", "Upper", "Lower", "Great", "Little", "Old", "New", "Long", "Broad", "Cross", "Lord",
        "Duke", "Earl", "Prince", "Bishop", "Dean", "Mount", "Pleasant", "Ladypool", "Coventry", "Stratford",
        "Warwick", "Soho", "Dudley", "Walsall", "Lichfield", "Tamworth", "Burton", "Leicester", "Nottingham",
        "Mansfield", "Lincoln", "Grantham", "Newark", "Sleaford", "Spalding", "Hessle", "Beverley", "Anlaby",
        "Holderness", "Staniforth", "Abbeydale", "Ecclesall", "Attercliffe", "Burngreave", "Pitsmoor", "Tong",
        "Dewsbury", "Armley", "Beeston", "Holbeck", "Hunslet", "Roundhay", "Chapeltown", "Burley", "Headingley",
        "Horsforth", "Thornton", "Horton", "Manningham", "Girlington", "Heaton", "Featherstall", "Werneth", "Glodwick",
        "Whalley", "Hyde", "Gorton", "Levenshulme", "Longsight", "Rusholme", "Hulme", "Ardwick", "Crumpsall",
        "Blackley", "Harpurhey", "Collyhurst", "Ancoats", "Broughton", "Pendleton", "Eccles", "Swinton", "Walkden",
        "Worsley", "Irlam", "Kingsland", "Cranbrook", "Stamford", "Seven Sisters", "Green Lanes", "Lordship",
        "Great Horton", "Lower Broughton", "Old Kent", "New Cross", "St Mary's", "St John's", "St Peter's",
        "St George's", "Tower", "Sandy", "Hollin", "Moss", "Carr", "Hough", "Booth", "Cotton", "Wool", "Silk",
        "Paradise", "Union", "Railway", "Commercial", "Albion", "Belgrave", "Belmont", "Fairfield", "Highfield",
        "Springfield", "Westfield", "Ashfield", "Brookfield", "Greenfield", "Mayfield", "Oakfield", "Woodland",
    ];
}
