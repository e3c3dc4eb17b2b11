namespace ScanService.Normalise;

/// <summary>Why a phone number was refused. None repeats the number: reasons go to quarantine files and logs.</summary>
internal static class PhoneReasons
{
    public const string Empty = "empty value";
    public const string ContainsLetters = "contains letters, not a phone number";
    public const string UnexpectedCharacters = "contains characters not used in phone numbers";
    public const string NoDigits = "contains no digits";
    public const string TooManyDigits = "too many digits for one phone number";
    public const string TooFewDigits = "too few digits for a phone number";
    public const string UkLength = "UK number must have 10 digits after the leading 0 or +44";
    public const string UkRange = "UK number must start 01, 02, 03, 05, 07, 08 or 09";
    public const string InternationalLength = "international number must have 8 to 15 digits including the country code";
    public const string CountryCodeZero = "country code cannot start with 0";
    public const string NoPrefix =
        "no leading 0 or country code (+ or 00), and not a UK mobile or landline that lost its leading 0";
}
