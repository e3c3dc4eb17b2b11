namespace ScanService.Normalise;

/// <summary>Folds name text to lower-case ASCII tokens separated by single spaces.</summary>
public static class NameFolder
{
    public static string Fold(ReadOnlySpan<char> raw) => throw new NotImplementedException();
}
