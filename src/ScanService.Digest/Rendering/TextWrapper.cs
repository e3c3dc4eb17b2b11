using System.Text;

namespace ScanService.Digest.Rendering;

/// <summary>
/// Word-wraps a value after a label with a hanging indent, so long explanations and errors stay inside the
/// width every mail client shows (plain-text mail is not reflowed reliably).
/// </summary>
internal static class TextWrapper
{
    private const int MinimumColumn = 20;

    public static void AppendWrapped(StringBuilder output, string prefix, string text, int width, string newLine)
    {
        var indent = new string(' ', prefix.Length);
        var available = Math.Max(width - prefix.Length, MinimumColumn);
        var line = new StringBuilder();
        var isFirstLine = true;

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word.AsSpan();
            while (!rest.IsEmpty)
            {
                if (line.Length == 0 && rest.Length > available)
                {
                    // A single word wider than the line (a long path or hash): break it rather than overflow.
                    line.Append(rest[..available]);
                    rest = rest[available..];
                    Flush();
                }
                else if (line.Length == 0)
                {
                    line.Append(rest);
                    rest = [];
                }
                else if (line.Length + 1 + rest.Length <= available)
                {
                    line.Append(' ').Append(rest);
                    rest = [];
                }
                else
                {
                    Flush();
                }
            }
        }

        if (line.Length > 0 || isFirstLine)
        {
            Flush();
        }

        void Flush()
        {
            output.Append(((isFirstLine ? prefix : indent) + line).TrimEnd()).Append(newLine);
            line.Clear();
            isFirstLine = false;
        }
    }
}
