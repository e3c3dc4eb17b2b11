namespace ScanService.Synthetic.Places;

/// <summary>
/// A town with its postcode area and the districts set aside for it (disjoint between towns sharing an area,
/// so a postcode never names two places), and its Ofcom drama dialling code where one exists.
/// </summary>
internal sealed record Town(string Name, string Area, int FirstDistrict, int Districts, double Weight, string? DiallingCode);
