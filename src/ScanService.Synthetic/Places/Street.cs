namespace ScanService.Synthetic.Places;

/// <summary>A street of a town: its name, its highest building number, and where its postcodes come from.</summary>
internal sealed record Street(string Prefix, StreetType Type, int Length, int District, int IndexInDistrict)
{
    public string Name => $"{Prefix} {Type.Name}";
}
