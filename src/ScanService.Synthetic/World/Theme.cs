namespace ScanService.Synthetic.World;

/// <summary>The kind of exploitation an investigation is about; it decides its premises and its team.</summary>
internal enum Theme
{
    Labour,
    Sexual,
    Criminal,
    Cannabis,
    Domestic,
}
