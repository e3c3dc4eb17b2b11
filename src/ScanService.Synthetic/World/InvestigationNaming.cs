using System.Globalization;
using ScanService.Synthetic.Randomness;

namespace ScanService.Synthetic.World;

/// <summary>Operation code words, teams and officers, as a unit's investigation list reads.</summary>
internal static class InvestigationNaming
{
    private static readonly string[] CodeWords =
    [
        "Kestrel", "Larch", "Heron", "Sorrel", "Linnet", "Wren", "Alder", "Bittern", "Curlew", "Dunlin", "Egret",
        "Fieldfare", "Goldcrest", "Hawthorn", "Ibis", "Jackdaw", "Kite", "Lapwing", "Merlin", "Nightjar", "Osprey",
        "Plover", "Quail", "Redstart", "Siskin", "Teal", "Umber", "Vetch", "Wagtail", "Yarrow", "Avocet", "Bracken",
        "Campion", "Dogwood", "Elder", "Fulmar", "Gannet", "Harrier", "Juniper", "Kittiwake", "Lichen", "Mallow",
        "Nuthatch", "Oriole", "Petrel", "Rowan", "Sedge", "Tansy", "Warbler", "Yew", "Aspen", "Bluebell", "Chaffinch",
        "Dipper", "Eider", "Foxglove", "Gorse", "Hazel", "Ivy", "Kingfisher", "Lupin", "Martin", "Nettle", "Oakmoss",
        "Pipit", "Ragwort", "Shrike", "Thistle", "Valerian", "Whimbrel", "Bramble", "Clover", "Daisy", "Fennel",
        "Gull", "Heather", "Iris", "Jay", "Knapweed", "Lark", "Moorhen", "Oxlip", "Puffin", "Reed", "Skylark",
        "Tern", "Willow", "Bunting", "Cormorant", "Dove", "Finch", "Grebe", "Hobby", "Magpie", "Owl", "Raven",
        "Starling", "Thrush", "Woodcock", "Beech", "Cedar", "Damson", "Elm", "Fir", "Hornbeam", "Lime", "Maple",
        "Poplar", "Quince", "Spruce", "Sycamore", "Walnut", "Buzzard", "Crane", "Falcon", "Goshawk", "Hoopoe",
    ];

    private static readonly string[] Ranks = ["DC", "DS", "DS", "DI", "DCI", "PC", "Inv."];

    public static string OperationName(int index)
    {
        var word = CodeWords[index % CodeWords.Length];
        var round = index / CodeWords.Length;
        return round == 0 ? $"Operation {word}" : string.Create(CultureInfo.InvariantCulture, $"Operation {word} {round + 1}");
    }

    public static string Team(Theme theme, Random random) => theme switch
    {
        Theme.Labour => random.Chance(0.8) ? "Labour Exploitation Team" : "GLAA Joint Team",
        Theme.Sexual => "Sexual Exploitation Team",
        Theme.Cannabis => random.Chance(0.6) ? "North Exploitation Team" : "Organised Crime Team",
        Theme.Criminal => random.Chance(0.5) ? "Criminal Exploitation Team" : "County Lines Team",
        _ => "Safeguarding Investigations Team",
    };

    public static string Officer(Random random, string surname) =>
        $"{random.Pick(Ranks)} {(char)('A' + random.Next(26))}. {surname}";
}
