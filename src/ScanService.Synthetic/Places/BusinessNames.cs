using ScanService.Synthetic.Randomness;
using ScanService.Synthetic.World;

namespace ScanService.Synthetic.Places;

/// <summary>Trading names and kinds of business, for labour inspections and workplace premises.</summary>
internal static class BusinessNames
{
    private static readonly string[] Words =
    [
        "Sparkle", "Shine", "Crystal", "Prestige", "Royal", "Golden", "Lucky", "Perfect", "Elite", "Premier", "Express",
        "Star", "Diamond", "Classic", "City", "Quick", "Super", "Top", "Happy", "Bright", "Sunrise", "Orchid", "Lotus",
        "Rose", "Jade", "Pearl", "Ruby", "Silver", "Magic", "Glamour", "Eastfield", "Northern", "Valley", "Meadow",
        "Phoenix", "Evergreen", "Sapphire", "Paradise", "Oasis", "Angel",
    ];

    /// <summary>Kinds of business by theme, each with the words its trading names end in.</summary>
    private static readonly (string Type, Theme Theme, string[] Endings)[] Kinds =
    [
        ("car wash", Theme.Labour, ["Hand Car Wash", "Car Valet", "Auto Valet", "Car Wash"]),
        ("nail bar", Theme.Labour, ["Nails", "Nail Bar", "Nails & Beauty"]),
        ("agriculture", Theme.Labour, ["Farm", "Growers", "Produce Ltd"]),
        ("factory", Theme.Labour, ["Packaging Ltd", "Textiles Ltd", "Manufacturing Ltd"]),
        ("food processing", Theme.Labour, ["Salad Packers", "Food Ltd", "Meats Ltd"]),
        ("warehouse", Theme.Labour, ["Logistics", "Distribution Ltd"]),
        ("takeaway", Theme.Labour, ["Wok", "Kitchen", "Takeaway", "Pizza"]),
        ("construction", Theme.Labour, ["Construction Ltd", "Builders", "Groundworks Ltd"]),
        ("recycling", Theme.Labour, ["Recycling Ltd", "Waste Services"]),
        ("care home", Theme.Labour, ["Care Home", "Lodge"]),
        ("massage parlour", Theme.Sexual, ["Spa", "Massage", "Wellbeing"]),
        ("sauna", Theme.Sexual, ["Sauna", "Retreat"]),
        ("barber", Theme.Criminal, ["Barbers", "Cuts"]),
        ("shop", Theme.Criminal, ["Mini Market", "Convenience Store", "Vapes"]),
    ];

    public static (string Name, string Type) Create(Random random, Theme? theme = null)
    {
        var candidates = theme is { } t && Array.Exists(Kinds, k => k.Theme == t) ? Kinds.Where(k => k.Theme == t).ToArray() : Kinds;
        var kind = random.Pick(candidates);
        return ($"{random.Pick(Words)} {random.Pick(kind.Endings)}", kind.Type);
    }

    /// <summary>The kind of business a trading name belongs to, or a plausible one for an unnamed premises.</summary>
    public static string TypeOf(string? name, Random random)
    {
        if (name is not null)
        {
            foreach (var kind in Kinds)
            {
                if (kind.Endings.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
                {
                    return kind.Type;
                }
            }
        }

        return random.Pick(Kinds).Type;
    }
}
