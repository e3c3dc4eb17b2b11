using YamlDotNet.Core;

namespace ScanService.Rules;

/// <summary>A 1-based line and column in a YAML file, kept so that later checks can point at the right place.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static readonly TextPosition Start = new(1, 1);

    internal static TextPosition Of(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
