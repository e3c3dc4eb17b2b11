namespace ScanService.Rules;

/// <summary>
/// How far a field's rarity may move its weight: up to <see cref="Rare"/> for a rare agreed value, down to
/// <see cref="Common"/> below for a common one. The two differ because they answer different questions: a rare name
/// makes a chance agreement unlikely, while a common name is already met by chance mostly through namesakes born the
/// same year, which the date of birth's own weights (and <c>scale</c>) weigh.
/// </summary>
public readonly record struct RarityLimit(double Rare, double Common)
{
    public static readonly RarityLimit None = new(0, 0);

    /// <summary>The same limit both ways: the short form <c>name: 2</c>.</summary>
    public static RarityLimit Symmetric(double limit) => new(limit, limit);

    public bool IsActive => Rare > 0 || Common > 0;

    public double Clamp(double rarity) => Math.Clamp(rarity, -Common, Rare);
}
