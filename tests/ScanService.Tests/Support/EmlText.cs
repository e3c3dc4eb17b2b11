using System.Text;
using System.Text.RegularExpressions;

namespace ScanService.Tests.Support;

/// <summary>The decoded text of every base64 body part of an .eml file, plus its raw headers.</summary>
internal static partial class EmlText
{
    public static string Decode(string path)
    {
        var raw = File.ReadAllText(path);
        var text = new StringBuilder(raw);
        foreach (System.Text.RegularExpressions.Match part in Base64Part().Matches(raw))
        {
            var base64 = Regex.Replace(part.Groups["body"].Value, @"\s", string.Empty);
            text.AppendLine(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"Content-Transfer-Encoding: base64\r?\n\r?\n(?<body>[A-Za-z0-9+/=\r\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Base64Part();
}
