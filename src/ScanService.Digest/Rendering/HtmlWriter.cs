using System.Net;
using System.Text;

namespace ScanService.Digest.Rendering;

/// <summary>
/// Appends HTML where markup and values cannot be confused: markup goes in through <see cref="Markup"/> as
/// compile-time text, every value through <see cref="Text"/>, which always encodes. Partner data reaches the
/// digest, and a value such as <c>&lt;script&gt;</c> must arrive as text.
/// </summary>
internal sealed class HtmlWriter
{
    private const string NewLine = "\r\n";

    private readonly StringBuilder _html = new();

    public HtmlWriter Markup(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string value)
    {
        _html.Append(WebUtility.HtmlEncode(value));
        return this;
    }

    public HtmlWriter Line(string markup = "")
    {
        _html.Append(markup).Append(NewLine);
        return this;
    }

    /// <summary>An element whose whole content is one encoded value.</summary>
    public HtmlWriter Element(string tag, string style, string value)
    {
        _html.Append('<').Append(tag);
        if (style.Length > 0)
        {
            _html.Append(" style=\"").Append(style).Append('"');
        }

        _html.Append('>');
        Text(value);
        _html.Append("</").Append(tag).Append('>').Append(NewLine);
        return this;
    }

    public override string ToString() => _html.ToString();
}
