using System.Text;
using System.Text.RegularExpressions;

namespace ScanService.Digest.Tests.Support;

/// <summary>
/// Reads the .eml files System.Net.Mail writes, independently of it: top-level headers (unfolded, RFC 2047
/// decoded on request) and the decoded parts of a multipart body. Enough MIME for assertions, no more.
/// </summary>
internal sealed partial class EmlFile
{
    private EmlFile(IReadOnlyDictionary<string, string> headers, IReadOnlyList<EmlPart> parts)
    {
        Headers = headers;
        Parts = parts;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public IReadOnlyList<EmlPart> Parts { get; }

    public string Subject => DecodeEncodedWords(Headers["Subject"]);

    public EmlPart Part(string mediaType) =>
        Parts.SingleOrDefault(p => p.MediaType == mediaType) ?? throw new InvalidOperationException($"No {mediaType} part.");

    public static EmlFile Load(string path) => Parse(File.ReadAllText(path, Encoding.ASCII));

    public static EmlFile Parse(string raw)
    {
        var (headers, body) = SplitHeadersFromBody(raw);
        var boundary = Parameter(headers.GetValueOrDefault("Content-Type", ""), "boundary")
                       ?? throw new InvalidOperationException("The message is not multipart.");

        var parts = body
            .Split("--" + boundary)
            .Skip(1)
            .TakeWhile(chunk => !chunk.StartsWith("--", StringComparison.Ordinal))
            .Select(ParsePart)
            .ToList();
        return new EmlFile(headers, parts);
    }

    /// <summary>
    /// Decodes RFC 2047 encoded words (<c>=?utf-8?B?…?=</c>, <c>=?utf-8?Q?…?=</c>). Whitespace between two
    /// encoded words is dropped, and their bytes are joined before decoding: a writer may split a multi-byte
    /// character across two words.
    /// </summary>
    public static string DecodeEncodedWords(string value)
    {
        var output = new StringBuilder();
        var pending = new List<byte>();
        Encoding? pendingCharset = null;
        var position = 0;

        foreach (System.Text.RegularExpressions.Match word in EncodedWord().Matches(value))
        {
            var between = value[position..word.Index];
            var charset = Encoding.GetEncoding(word.Groups["charset"].Value);
            var followsWord = pendingCharset is not null && string.IsNullOrWhiteSpace(between);
            if (!followsWord || pendingCharset!.WebName != charset.WebName)
            {
                Flush();
            }

            if (!followsWord)
            {
                output.Append(between);
            }

            var text = word.Groups["text"].Value;
            pending.AddRange(word.Groups["encoding"].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(text)
                : DecodeQuotedPrintable(text.Replace('_', ' ')));
            pendingCharset = charset;
            position = word.Index + word.Length;
        }

        Flush();
        output.Append(value[position..]);
        return output.ToString();

        void Flush()
        {
            if (pendingCharset is not null)
            {
                output.Append(pendingCharset.GetString(pending.ToArray()));
            }

            pending.Clear();
            pendingCharset = null;
        }
    }

    private static EmlPart ParsePart(string chunk)
    {
        var (headers, body) = SplitHeadersFromBody(chunk.TrimStart('\r', '\n'));
        var contentType = headers["Content-Type"];
        var charset = Encoding.GetEncoding(Parameter(contentType, "charset") ?? "us-ascii");
        var transfer = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        var bytes = transfer switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => DecodeQuotedPrintable(body.Replace("=\r\n", "")),
            _ => Encoding.ASCII.GetBytes(body),
        };
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return new EmlPart(mediaType, headers, charset.GetString(bytes));
    }

    private static (Dictionary<string, string> Headers, string Body) SplitHeadersFromBody(string raw)
    {
        var end = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerBlock = end < 0 ? raw : raw[..end];
        var body = end < 0 ? "" : raw[(end + 4)..];

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        foreach (var line in headerBlock.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && current is not null)
            {
                headers[current] += " " + line.Trim();
            }
            else if (line.IndexOf(':') is var colon and > 0)
            {
                current = line[..colon];
                // Repeated headers (X-Receiver) are joined; the tests read single-valued ones.
                var value = line[(colon + 1)..].Trim();
                headers[current] = headers.TryGetValue(current, out var earlier) ? earlier + ", " + value : value;
            }
        }

        return (headers, body);
    }

    private static string? Parameter(string headerValue, string name)
    {
        var match = Regex.Match(headerValue, $@"(?:^|;)\s*{name}=(?:""(?<v>[^""]*)""|(?<v>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static byte[] DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return bytes.ToArray();
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}

internal sealed record EmlPart(string MediaType, IReadOnlyDictionary<string, string> Headers, string Text);
