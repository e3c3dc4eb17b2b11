using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ScanService.Rules;

/// <summary>
/// Safe reading of one analyst-written YAML file (rules, source mappings, rule tests), collecting every problem with
/// its line and column. The text is first walked as a stream of parser events, so tags, anchors and aliases are
/// refused and deep nesting is stopped before any tree is built; values are then read as plain nodes (no type
/// binding), so nothing in a file can make the service construct objects or run code.
/// </summary>
internal sealed class YamlFile
{
    public const int MaxBytes = 256 * 1024;

    /// <summary>Far more than any of our files need; stops a crafted file from exhausting the stack.</summary>
    public const int MaxDepth = 20;

    private readonly string _kindOfFile;
    private readonly List<RuleError> _problems;
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);

    /// <param name="name">How problems name the file, e.g. <c>same-phone.yaml</c> or <c>mappings/nrm.yaml</c>.</param>
    /// <param name="kindOfFile">For messages, e.g. "rule files".</param>
    public YamlFile(string name, string kindOfFile, List<RuleError> problems)
    {
        Name = name;
        _kindOfFile = kindOfFile;
        _problems = problems;
    }

    public string Name { get; }

    /// <summary>The file's text, or null (with a problem recorded) when it is over the size limit.</summary>
    public static string? ReadText(string path, string name, string kindOfFile, List<RuleError> problems)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            problems.Add(new RuleError(name, 1, 1, $"file is {length} bytes; {kindOfFile} are limited to {MaxBytes} bytes"));
            return null;
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }

    /// <summary>The file's single document as a mapping, or null when it cannot be read as one.</summary>
    /// <param name="expectation">Said when the file is not one mapping, e.g. "a rule file holds exactly one rule: …".</param>
    public YamlMappingNode? LoadMapping(string text, string expectation)
    {
        if (!CheckEvents(text))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            Error(ex.Start, "not valid YAML: " + (ex.InnerException?.Message ?? ex.Message));
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(Mark.Empty, expectation);
            return null;
        }

        return root;
    }

    /// <summary>Refuses tags, anchors and aliases where they stand; false when the text cannot safely be loaded.</summary>
    private bool CheckEvents(string text)
    {
        var depth = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        Error(alias.Start, $"YAML aliases such as '*{alias.Value}' are not allowed in {_kindOfFile}; write the value out");
                        break;
                    case NodeEvent node:
                        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                        {
                            Error(node.Start, $"YAML tags such as '{AsWritten(node.Tag.Value)}' are not allowed in {_kindOfFile}");
                        }

                        if (!node.Anchor.IsEmpty)
                        {
                            Error(node.Start, $"YAML anchors such as '&{node.Anchor}' are not allowed in {_kindOfFile}; write the value out");
                        }

                        if (node is MappingStart or SequenceStart && ++depth > MaxDepth)
                        {
                            Error(node.Start, $"the file nests deeper than {MaxDepth} levels; {_kindOfFile} never need that");
                            return false;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            Error(ex.Start, "not valid YAML: " + (ex.InnerException?.Message ?? ex.Message));
            return false;
        }

        return true;
    }

    /// <summary>The values of a mapping by key; unknown keys (with a did-you-mean) and repeated keys are problems.</summary>
    public Dictionary<string, YamlNode> Entries(YamlMappingNode node, IReadOnlyCollection<string> known, string? where = null)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = Scalar(keyNode) ?? string.Empty;
            if (!known.Contains(key))
            {
                Error(keyNode.Start, $"unknown key '{key}'" + (where is null ? string.Empty : " " + where) + Suggest.Hint(key, known));
                if (Suggest.Closest(key, known) is { } meant)
                {
                    _misspelt.Add(meant);
                }
            }
            else if (!values.TryAdd(key, valueNode))
            {
                Error(keyNode.Start, $"key '{key}' is given twice");
            }
        }

        return values;
    }

    /// <summary>Where a key of a mapping is written (its first occurrence), for problems found later.</summary>
    public static TextPosition KeyPosition(YamlMappingNode node, string key)
    {
        foreach (var keyNode in node.Children.Keys)
        {
            if (Scalar(keyNode) == key)
            {
                return TextPosition.Of(keyNode.Start);
            }
        }

        return TextPosition.Of(node.Start);
    }

    /// <summary>
    /// Reports a required key as missing, unless a misspelling of it was already reported: "unknown key 'thresold';
    /// did you mean 'threshold'?" says all there is to say.
    /// </summary>
    public void Missing(YamlNode parent, string key, string? explanation = null)
    {
        if (!_misspelt.Contains(key))
        {
            Error(parent.Start, $"missing required key '{key}'" + (explanation is null ? string.Empty : $" ({explanation})"));
        }
    }

    public string? RequiredText(YamlMappingNode root, Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            Missing(root, key);
            return null;
        }

        var text = Scalar(node);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(node.Start, $"'{key}' must be non-empty text");
            return null;
        }

        return text.Trim();
    }

    public string? OptionalText(Dictionary<string, YamlNode> values, string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        var text = Scalar(node);
        if (text is null)
        {
            Error(node.Start, $"'{key}' must be plain text");
        }

        return text?.Trim();
    }

    public double OptionalNumber(Dictionary<string, YamlNode> values, string key, double fallback, double min, double max) =>
        values.TryGetValue(key, out var node) ? Number(node, $"'{key}'", min, max) : fallback;

    /// <summary>The number, or NaN (with a problem recorded) when it is not a number or out of range.</summary>
    public double Number(YamlNode node, string what, double min, double max)
    {
        if (Scalar(node) is not { } text || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Error(node.Start, $"{what} must be a number");
            return double.NaN;
        }

        if (value < min || value > max)
        {
            Error(node.Start, $"{what} {text} is out of range ({Show(min)} to {Show(max)})");
            return double.NaN;
        }

        return value;
    }

    /// <summary>A whole number in range, or null (with a problem recorded).</summary>
    public int? WholeNumber(YamlNode node, string what, int min, int max)
    {
        if (Scalar(node) is not { } text || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Error(node.Start, $"{what} must be a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node.Start, $"{what} {text} is out of range ({min} to {max})");
            return null;
        }

        return value;
    }

    public bool OptionalBool(Dictionary<string, YamlNode> values, string key, bool fallback)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return fallback;
        }

        if (Scalar(node) is "true" or "false")
        {
            return Scalar(node) == "true";
        }

        Error(node.Start, $"'{key}' must be true or false");
        return fallback;
    }

    /// <summary>One text or a list of texts, each with where it is written.</summary>
    public List<(string Text, TextPosition At)>? TextList(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [(single, TextPosition.Of(node.Start))];
        }

        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Error(node.Start, $"{what} must be a text or a list of texts");
            return null;
        }

        var items = new List<(string, TextPosition)>();
        foreach (var item in list.Children)
        {
            if (Scalar(item) is { Length: > 0 } text)
            {
                items.Add((text, TextPosition.Of(item.Start)));
            }
            else
            {
                Error(item.Start, $"each of {what} must be plain text");
            }
        }

        return items;
    }

    public static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    public void Error(Mark mark, string message) => _problems.Add(RuleError.At(Name, TextPosition.Of(mark), message));

    public void Error(TextPosition at, string message) => _problems.Add(RuleError.At(Name, at, message));

    public void Warning(Mark mark, string message) => _problems.Add(RuleError.Warning(Name, TextPosition.Of(mark), message));

    /// <summary>The parser expands <c>!!binary</c> to its full URI; the author should see what they wrote.</summary>
    private static string AsWritten(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
