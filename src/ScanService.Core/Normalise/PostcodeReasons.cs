namespace ScanService.Normalise;

/// <summary>Why a postcode was refused. None repeats the value: reasons go to quarantine files and logs.</summary>
internal static class PostcodeReasons
{
    public const string Empty = "empty value";
    public const string UnexpectedCharacters = "contains characters not used in UK postcodes";
    public const string WrongLength = "wrong length for a UK postcode (5 to 7 letters and digits)";
    public const string BadInward = "inward code (last three characters) must be a digit and two letters, not C, I, K, M, O or V";
    public const string BadOutward = "outward code does not match a UK pattern (A9, A99, AA9, AA99, A9A or AA9A)";
}
