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
        foreach (var body in Bodies(path))
        {
            text.AppendLine(body);
        }

        return text.ToString();
    }

    /// <summary>Only the decoded body parts, in order: what two messages of one night must agree on, whatever their headers.</summary>
    public static string[] Bodies(string path) =>
        [.. Base64Part().Matches(File.ReadAllText(path)).Select(part =>
            Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(part.Groups["body"].Value, @"\s", string.Empty))))];

    [GeneratedRegex(@"Content-Transfer-Encoding: base64\r?\n\r?\n(?<body>[A-Za-z0-9+/=\r\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Base64Part();
}
