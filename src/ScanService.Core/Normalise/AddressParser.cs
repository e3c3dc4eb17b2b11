using ScanService.Model;

namespace ScanService.Normalise;

public static class AddressParser
{
    public static ParsedAddress Parse(string? address, string? canonicalPostcode) => throw new NotImplementedException();
}
