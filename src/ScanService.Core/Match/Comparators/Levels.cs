namespace ScanService.Match.Comparators;

/// <summary>Level names shared by several comparators.</summary>
public static class Levels
{
    public const string Exact = "exact";
    public const string Different = "different";

    /// <summary>Either side did not give the field: neither evidence for nor against.</summary>
    public const string Missing = "missing";
}
