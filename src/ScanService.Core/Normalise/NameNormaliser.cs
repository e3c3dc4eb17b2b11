using ScanService.Model;

namespace ScanService.Normalise;

public static class NameNormaliser
{
    public static PersonName Normalise(string? forename, string? surname, string? fullName) => throw new NotImplementedException();
}
