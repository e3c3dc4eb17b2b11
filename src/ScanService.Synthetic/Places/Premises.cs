namespace ScanService.Synthetic.Places;

/// <summary>
/// One dwelling or business unit: a building number on a street in a town, and a flat when the building is
/// divided (<see cref="Flat"/> 0 for a house). Two records at the same premises share <see cref="Key"/>.
/// </summary>
internal readonly record struct Premises(int Town, int Street, int Number, int Flat)
{
    public long Key => ((long)Town << 44) | ((long)Street << 24) | ((long)Number << 8) | (uint)Flat;

    public bool HasFlat => Flat > 0;
}
