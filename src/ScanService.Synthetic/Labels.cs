using System.Text;

namespace ScanService.Synthetic;

/// <summary>Names of enum values as they appear in files and summaries ("DobTransposed" → "dob-transposed").</summary>
internal static class Labels
{
    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
