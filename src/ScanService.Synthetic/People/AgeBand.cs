namespace ScanService.Synthetic.People;

/// <summary>Ages (in whole years on the run date) a kind of person is drawn from.</summary>
internal readonly record struct AgeBand(int Min, int Max)
{
    public static AgeBand Adult => new(18, 75);

    public static AgeBand Victim => new(16, 45);

    public static AgeBand Suspect => new(19, 62);

    /// <summary>Local authority safeguarding sees children and the very old as well as adults.</summary>
    public static AgeBand Anyone => new(14, 90);
}
